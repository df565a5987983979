package report

const compareTmpl = ""
