# Rerun from the repository root: Rscript scripts/reference/match-analysis-lalonde.R > src/domain/evaluation/fixtures/match-analysis-lalonde.json
# (needs R with MatchIt 4.5.1, sandwich, lmtest, jsonlite; reads src/domain/evaluation/fixtures/lalonde.csv or LALONDE_CSV).
# Reference for src/domain/evaluation/match-analysis.test.ts: the whole pipeline matchit() -> match.data() ->
# lm(re78 ~ treat, weights) -> coeftest/coefci for further specifications than att-lalonde.R's default:
# SEs clustered by subclass (vcovCL) without replacement, vcovHC(type = "HC3") with replacement (the vignette's advice).
suppressPackageStartupMessages({
  library(MatchIt); library(sandwich); library(lmtest); library(jsonlite)
})
stopifnot(as.character(packageVersion("MatchIt")) == "4.5.1")
csv <- Sys.getenv("LALONDE_CSV", "src/domain/evaluation/fixtures/lalonde.csv")
d <- read.csv(csv)
f <- treat ~ age + educ + race + married + nodegree + re74 + re75
specs <- list(
  ratio2 = list(ratio = 2),
  replace = list(replace = TRUE),
  logitCaliper02 = list(link = "linear.logit", caliper = 0.2),
  exactMarriedRatio3Replace = list(exact = ~married, ratio = 3, replace = TRUE)
)
out <- list(r_version = R.version.string,
            packages = list(MatchIt = as.character(packageVersion("MatchIt")),
                            sandwich = as.character(packageVersion("sandwich")),
                            lmtest = as.character(packageVersion("lmtest"))),
            specs = list())
for (nm in names(specs)) {
  s <- specs[[nm]]
  m <- do.call(matchit, c(list(formula = f, data = d, method = "nearest", distance = "glm"), s))
  md <- match.data(m)
  fit <- lm(re78 ~ treat, data = md, weights = weights)
  vc <- if (isTRUE(s$replace)) vcovHC(fit, type = "HC3") else vcovCL(fit, cluster = ~subclass)
  co <- coeftest(fit, vcov. = vc)
  ci <- coefci(fit, vcov. = vc)
  out$specs[[nm]] <- list(
    args = lapply(s, function(a) if (inherits(a, "formula")) paste(deparse(a), collapse = "") else a),
    vcov = if (isTRUE(s$replace)) "HC3" else "cluster",
    n_matched_treated = sum(md$treat == 1), n_matched_control = sum(md$treat == 0),
    att = unname(co[2, 1]), se = unname(co[2, 2]), t = unname(co[2, 3]), p = unname(co[2, 4]),
    ci_low = unname(ci[2, 1]), ci_high = unname(ci[2, 2]), df = fit$df.residual)
}
# Full double precision: every number as sprintf("%.17g"), passed through verbatim.
full <- function(x) {
  if (is.list(x)) return(lapply(x, full))
  if (length(x) == 1 && is.na(x)) return(NULL)
  if (is.numeric(x) && length(x) == 1) return(structure(sprintf("%.17g", x), class = "json"))
  x
}
# Balance when an exact-matching variable is not in the formula: summary() lists it after the covariates.
tab <- function(m) list(rownames = rownames(m), colnames = colnames(m),
                        values = unname(lapply(seq_len(nrow(m)), function(i) as.list(unname(m[i, ])))))
mx <- matchit(treat ~ age + educ + re74, data = d, method = "nearest", distance = "glm", exact = ~race)
sx <- summary(mx)
out$exactOutsideFormula <- list(covariates = c("age", "educ", "re74"), exact = "race",
                                sumAll = tab(sx$sum.all), sumMatched = tab(sx$sum.matched))
cat(toJSON(full(out), json_verbatim = TRUE, na = "null", null = "null", auto_unbox = TRUE, pretty = TRUE))
cat("\n")
