package chart_test

import (
	"fmt"
	"strings"

	"gbo/render/chart"
)

// Numbers follow the reader's language: a decimal comma in Dutch.
func ExampleNumber() {
	fmt.Println(chart.Number(2.375, 1, "nl"), chart.Number(2.375, 1, "en"), chart.Percent(0.193, "nl"))
	// Output: 2,4 2.4 19%
}

// A depth profile of 40 ties: one bar per rung, darker as ties deepen.
func ExampleDepthProfile() {
	svg := chart.DepthProfile([6]int{3, 12, 11, 9, 6, 2}, "nl", chart.DepthOptions{})
	fmt.Println(strings.Count(svg, `class="bar `), strings.Contains(svg, "afstemming"))
	// Output: 5 true
}
