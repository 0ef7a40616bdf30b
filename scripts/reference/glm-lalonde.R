# Rerun (from the repository root): Rscript scripts/reference/glm-lalonde.R /work/shared/reference/lalonde/lalonde.csv > src/domain/evaluation/fixtures/glm-lalonde.json
#
# Reference fixture for src/domain/evaluation/glm.ts and design.ts: R's own glm() (binomial, logit)
# on the LaLonde data as MatchIt's default propensity-score model specifies it, plus a fit with prior
# weights and a perfectly separated toy fit. The input columns are copied into the fixture so the
# TypeScript tests never need R or the shared data directory.
suppressPackageStartupMessages(library(jsonlite))

args <- commandArgs(trailingOnly = TRUE)
path <- if (length(args) >= 1) args[[1]] else "/work/shared/reference/lalonde/lalonde.csv"
lalonde <- read.csv(path)  # race is character; model.matrix turns it into factor(race)
stopifnot(is.character(lalonde$race), nrow(lalonde) == 614)

fml <- treat ~ age + educ + race + married + nodegree + re74 + re75
mm <- model.matrix(fml, data = lalonde)

summarise <- function(fit) {
  s <- summary(fit)
  list(
    coefficients = as.list(coef(fit)),
    standardErrors = as.list(s$coefficients[, "Std. Error"]),
    deviance = fit$deviance,
    nullDeviance = fit$null.deviance,
    aic = fit$aic,
    iter = fit$iter,
    converged = fit$converged,
    dfResidual = fit$df.residual,
    dfNull = fit$df.null,
    fittedValues = unname(fit$fitted.values),
    linearPredictors = unname(fit$linear.predictors)
  )
}

fit <- glm(fml, family = binomial, data = lalonde)

# Prior weights 1 + (row number mod 3), row numbers 1-based in file order: 2, 3, 1, 2, 3, 1, ...
lalonde$w <- 1 + (seq_len(nrow(lalonde)) %% 3)
fitW <- glm(fml, family = binomial, data = lalonde, weights = w)

# Fractional weights 0.5 + 0.25 * ((row number - 1) mod 4): R warns "non-integer #successes" and
# its AIC rounds the binomial totals.
lalonde$wf <- 0.5 + 0.25 * ((seq_len(nrow(lalonde)) - 1) %% 4)
fitF <- suppressWarnings(glm(fml, family = binomial, data = lalonde, weights = wf))

# Perfect separation: y is 1 exactly when x > 2.5. R warns "fitted probabilities numerically 0 or 1".
sep <- data.frame(x = c(1, 2, 3, 4, 5, 6), y = c(0, 0, 1, 1, 1, 1))
sepWarnings <- character(0)
fitSep <- withCallingHandlers(
  glm(y ~ x, family = binomial, data = sep),
  warning = function(w) { sepWarnings <<- c(sepWarnings, conditionMessage(w)); invokeRestart("muffleWarning") }
)

out <- list(
  rVersion = R.version.string,
  formula = deparse(fml),
  data = list(
    treat = lalonde$treat, age = lalonde$age, educ = lalonde$educ, race = lalonde$race,
    married = lalonde$married, nodegree = lalonde$nodegree, re74 = lalonde$re74, re75 = lalonde$re75
  ),
  raceLevels = levels(factor(lalonde$race)),
  modelMatrix = list(
    columnNames = colnames(mm),
    firstRows = unname(lapply(seq_len(10), function(i) unname(mm[i, ])))
  ),
  unweighted = summarise(fit),
  weighted = c(list(weights = lalonde$w), summarise(fitW)),
  fractionalWeights = c(list(weights = lalonde$wf), summarise(fitF)),
  separated = c(
    list(x = sep$x, y = sep$y, warnings = I(sepWarnings)),
    summarise(fitSep)
  )
)
cat(toJSON(out, auto_unbox = TRUE, digits = NA, pretty = TRUE), "\n")
