#!/usr/bin/env Rscript
# Brokerage reference for the structure package: R's sna::brokerage (Debian
# r-cran-sna), raw Gould-Fernandez counts ($raw.nli), on the graphs and
# groupings that make_golden.py writes to brokerage_input.json.
#
#   cd metrics/structure/testdata && Rscript make_brokerage.R
#
# Output brokerage_golden.json: per graph, per node id, the counts
# coordinator (w_I), itinerant (w_O), representative (b_IO),
# gatekeeper (b_OI), liaison (b_O) and total (t).
suppressPackageStartupMessages({
  library(sna)
  library(jsonlite)
})

input <- fromJSON("brokerage_input.json", simplifyVector = FALSE)
out <- list()
for (name in names(input)) {
  g <- input[[name]]
  ids <- unlist(g$nodes)
  n <- length(ids)
  A <- matrix(0, n, n)
  for (arc in g$arcs) {
    A[match(arc[[1]], ids), match(arc[[2]], ids)] <- 1
  }
  cl <- sapply(ids, function(u) g$groups[[u]])
  b <- brokerage(A, cl)$raw.nli
  res <- list()
  for (i in seq_len(n)) {
    res[[ids[i]]] <- list(
      coordinator = b[i, "w_I"], itinerant = b[i, "w_O"],
      representative = b[i, "b_IO"], gatekeeper = b[i, "b_OI"],
      liaison = b[i, "b_O"], total = b[i, "t"])
  }
  out[[name]] <- res
}
out[["_source"]] <- paste("R sna", as.character(packageVersion("sna")), "brokerage()$raw.nli, make_brokerage.R")
writeLines(toJSON(out, auto_unbox = TRUE, pretty = TRUE, digits = NA), "brokerage_golden.json")
