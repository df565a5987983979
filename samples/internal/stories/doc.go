// Package stories holds the rules that make the bundled samples: one function
// per sample tells its story as who meets whom, how often, at which rung of
// the depth ladder, when, around which object and through which people. A
// builder turns the rules into events with a fixed seed (math/rand/v2 PCG), so
// the same code gives the same bytes.
//
// The stories follow the four critical cases of the GBO evaluation (stuck at
// acquaintance; a boundary object that pulls external partners in;
// collaboration that hangs on a few people; joining an existing intersectoral
// initiative) and add one partnership surveyed in two waves.
//
// # Imports
//
// Standard library only; used by samples/internal/build alone. It must not
// import samples (its parent) or any other gbo package. The partners' names
// and places are Dutch because the stories are Flemish; they are data, not
// user interface words.
package stories
