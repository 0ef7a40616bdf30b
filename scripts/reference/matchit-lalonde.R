# Rerun: Rscript scripts/reference/matchit-lalonde.R > src/domain/evaluation/fixtures/matchit-lalonde.json
# (from the repository root; needs R with MatchIt 4.5.1 and jsonlite, and /work/shared/reference/lalonde/lalonde.csv)
#
# Reference fixture for src/domain/evaluation/nearest.ts and balance.ts: MatchIt's
# nearest-neighbour matching (method = "nearest") on the LaLonde data under several
# specifications, with distance, match.matrix, subclass, weights and summary() tables.
suppressPackageStartupMessages({
  library(MatchIt)
  library(jsonlite)
})
stopifnot(as.character(packageVersion("MatchIt")) == "4.5.1")

csv <- Sys.getenv("LALONDE_CSV", "/work/shared/reference/lalonde/lalonde.csv")
d <- read.csv(csv)
rownames(d) <- d$id

f <- treat ~ age + educ + race + married + nodegree + re74 + re75

specs <- list(
  default = list(),
  ratio2 = list(ratio = 2),
  replace = list(replace = TRUE),
  caliper01 = list(caliper = 0.1),
  exactMarried = list(exact = ~married),
  logitCaliper02 = list(link = "linear.logit", caliper = 0.2),
  # extra specifications beyond the brief: a tight caliper with smallest-first order,
  # data order with 3:1, and exact matching on race with 2:1 with replacement
  caliper002Smallest = list(caliper = 0.02, m.order = "smallest"),
  dataRatio3 = list(ratio = 3, m.order = "data"),
  exactRaceRatio2Replace = list(exact = ~race, ratio = 2, replace = TRUE)
)

tab <- function(m) {
  list(rownames = rownames(m), colnames = colnames(m),
       values = unname(lapply(seq_len(nrow(m)), function(i) I(unname(m[i, ])))))
}

X <- MatchIt:::get.covs.matrix(f, data = d)

out <- list(
  matchitVersion = as.character(packageVersion("MatchIt")),
  rVersion = R.version.string,
  ids = rownames(d),
  treat = d$treat,
  design = list(colnames = colnames(X),
                columns = unname(lapply(seq_len(ncol(X)), function(j) unname(X[, j])))),
  specs = list()
)

for (nm in names(specs)) {
  args <- c(list(formula = f, data = d, method = "nearest", distance = "glm"), specs[[nm]])
  m <- do.call(matchit, args)
  s <- summary(m)
  mm <- m$match.matrix
  cal <- if (is.null(m$caliper)) NULL else unname(m$caliper)
  out$specs[[nm]] <- list(
    args = lapply(specs[[nm]], function(a) if (inherits(a, "formula")) paste(deparse(a), collapse = "") else a),
    distance = unname(m$distance),
    caliperRaw = cal,
    matchMatrix = list(rownames = rownames(mm),
                       rows = unname(lapply(seq_len(nrow(mm)), function(i) I(unname(mm[i, ]))))),
    subclass = if (is.null(m$subclass)) NULL else unname(as.integer(m$subclass)),
    weights = unname(m$weights),
    sumAll = tab(s$sum.all),
    sumMatched = tab(s$sum.matched),
    nn = tab(s$nn)
  )
}

# Probes of the integer abs() of MatchIt 4.5.1's nn_matchC_vec on this build (see nearest.ts,
# option emulateMatchIt451Bugs): one treated unit at 0.5, controls at 0.1 and 0.55 (distance given
# as a numeric vector). A correct implementation matches c2 (0.05 away) and, with a raw caliper of
# 0.01, nothing.
pd <- data.frame(treat = c(0, 1, 0), x = c(1, 2, 3))
rownames(pd) <- c("c1", "t", "c2")
probe <- function(...) unname(matchit(treat ~ x, data = pd, ...)$match.matrix[1, ])
out$probes <- list(
  treat = pd$treat,
  ids = rownames(pd),
  distance = c(0.1, 0.5, 0.55),
  noCaliper = probe(distance = c(0.1, 0.5, 0.55)),
  rawCaliper001 = probe(distance = c(0.1, 0.5, 0.55), caliper = 0.01, std.caliper = FALSE)
)

cat(toJSON(out, digits = NA, na = "null", null = "null", auto_unbox = TRUE, pretty = FALSE))
cat("\n")
