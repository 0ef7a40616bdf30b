# Rerun: Rscript scripts/reference/cem-lalonde.R > src/domain/evaluation/fixtures/cem-lalonde.json
# (from the repository root; needs R with MatchIt 4.5.1 and jsonlite, and /work/shared/reference/lalonde/lalonde.csv)
#
# Reference fixture for src/domain/evaluation/cem.ts: MatchIt's coarsened exact matching
# (method = "cem") on the LaLonde data under several specifications, with subclass, weights and
# summary() tables. The input columns are written into the fixture so tests need neither R nor the CSV.
# Numbers are written with sprintf("%.17g") (jsonlite's digits = NA stops at 15 significant digits).
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
  cutpoints = list(cutpoints = list(age = c(20, 25, 30, 40), re74 = 3, re75 = 3)),
  groupingRace = list(grouping = list(race = list(c("black", "hispan"), "white"))),
  # beyond the brief: quantile bins and an "exact" (0) cut point, and k2k without a distance
  # (k2k.method = NULL pairs units in data order within each stratum)
  quantilesExactEduc = list(cutpoints = list(age = "q4", re74 = "q3", re75 = "q3", educ = 0)),
  k2kNoDistance = list(k2k = TRUE, k2k.method = NULL),
  # one binning for all numeric covariates (Scott's rule)
  scottAll = list(cutpoints = "scott"),
  # quirks of 4.5.1: "q2" gives a single quantile, which is then taken as a number of bins; a
  # grouped numeric covariate (educ) loses its cutpoints and is Sturges-binned after grouping
  # (there educ 10 and 11 share a bin), unless its cut point is 0 (resolved first: exact)
  q2NumericGrouping = list(cutpoints = list(age = "q2", re74 = 5, educ = 0),
                           grouping = list(educ = list(0:8))),
  numericGroupingSturges = list(cutpoints = list(age = "q2", re74 = 5),
                                grouping = list(educ = list(0:8)))
)

# Numbers as JSON with 17 significant digits.
num <- function(x) {
  x <- unname(as.numeric(x))
  structure(paste0("[", paste(ifelse(is.na(x), "null", sprintf("%.17g", x)), collapse = ","), "]"),
            class = "json")
}
tab <- function(m) {
  list(rownames = rownames(m), colnames = colnames(m),
       values = unname(lapply(seq_len(nrow(m)), function(i) num(m[i, ]))))
}

X <- MatchIt:::get.covs.matrix(f, data = d)

out <- list(
  matchitVersion = as.character(packageVersion("MatchIt")),
  rVersion = R.version.string,
  ids = rownames(d),
  treat = num(d$treat),
  data = list(age = num(d$age), educ = num(d$educ), race = d$race, married = num(d$married),
              nodegree = num(d$nodegree), re74 = num(d$re74), re75 = num(d$re75)),
  design = list(colnames = colnames(X),
                columns = unname(lapply(seq_len(ncol(X)), function(j) num(X[, j])))),
  specs = list()
)

for (nm in names(specs)) {
  args <- c(list(formula = f, data = d, method = "cem"), specs[[nm]])
  m <- do.call(matchit, args)
  s <- summary(m)
  # pair.dist for CEM uses the subclasses (pairdistsubC); check it is the mean over all
  # treated-control pairs within subclasses, pooled (the fast = FALSE branch).
  for (j in seq_len(ncol(X))) {
    a <- MatchIt:::pair.dist(X[, j], m$treat, subclass = m$subclass, fast = TRUE)
    b <- MatchIt:::pair.dist(X[, j], m$treat, subclass = m$subclass, fast = FALSE)
    stopifnot(abs(a - b) <= 1e-12 * max(1, abs(b)))
  }
  a0 <- specs[[nm]]
  if ("k2k.method" %in% names(a0)) a0$k2k.method <- "NULL"
  out$specs[[nm]] <- list(
    args = a0,
    subclass = unname(as.integer(m$subclass)),
    weights = num(m$weights),
    hasMatchMatrix = !is.null(m$match.matrix),
    sumAll = tab(s$sum.all),
    sumMatched = tab(s$sum.matched),
    nn = tab(s$nn)
  )
}

cat(toJSON(out, na = "null", null = "null", auto_unbox = TRUE, pretty = FALSE, json_verbatim = TRUE))
cat("\n")
