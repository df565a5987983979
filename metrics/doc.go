// Package metrics scores how deep each collaboration goes and computes the
// measures and flags of docs/depth-model.md, docs/measures.md and docs/flags.md and §3 on the network of a case.
//
// Depth scoring follows the ladder of DOMAIN.md (after Frey et al. 2006, the
// PARTNER tool and Leutz 1999): each event between two partners is evidence
// at the rung of its kind, decaying with age; a tie stands at the highest rung
// with enough evidence. See score.go for the formula.
//
// The fast kernels live in sub-packages: centrality (betweenness, closeness,
// eigenvector, PageRank), community (Louvain) and structure (cut points,
// bridges, Burt, brokerage, cores, clustering, paths).
package metrics
