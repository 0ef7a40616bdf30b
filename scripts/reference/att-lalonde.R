# Rerun from the repository root: Rscript scripts/reference/att-lalonde.R > src/domain/evaluation/fixtures/att-lalonde.json
# (needs R with MatchIt, sandwich, lmtest, jsonlite; reads /work/shared/reference/lalonde/lalonde.csv, or the path in
# LALONDE_CSV). Reference values for src/domain/evaluation/{ols,att}.test.ts: MatchIt's default matching on
# lalonde, the vignette's ATT regressions with cluster-robust SEs (sandwich::vcovCL, lmtest::coeftest/coefci),
# an IPW ATT with HC SEs, and Student t CDF/quantile values.
suppressPackageStartupMessages({
  library(MatchIt); library(sandwich); library(lmtest); library(jsonlite)
})
csv <- Sys.getenv("LALONDE_CSV", "/work/shared/reference/lalonde/lalonde.csv")
lalonde <- read.csv(csv, stringsAsFactors = FALSE)
lalonde$race <- factor(lalonde$race, levels = c("black", "hispan", "white"))

m <- matchit(treat ~ age + educ + race + married + nodegree + re74 + re75, data = lalonde,
             method = "nearest", distance = "glm")
md <- match.data(m)

ct <- function(fit, vc, conf = 0.95) {
  co <- coeftest(fit, vcov. = vc)
  ci <- coefci(fit, vcov. = vc, level = conf)
  list(names = rownames(co), coef = unname(co[, 1]), se = unname(co[, 2]), t = unname(co[, 3]),
       p = unname(co[, 4]), ci_low = unname(ci[, 1]), ci_high = unname(ci[, 2]),
       df = attr(co, "df"), vcov = unname(vc))
}
fitInfo <- function(fit) list(coef = unname(coef(fit)), names = names(coef(fit)),
  residuals = unname(residuals(fit)), fitted = unname(fitted(fit)), df_residual = fit$df.residual,
  sigma = summary(fit)$sigma)

fit1 <- lm(re78 ~ treat, data = md, weights = weights)
fit2 <- lm(re78 ~ treat + age + educ + race + married + nodegree + re74 + re75, data = md, weights = weights)
matched <- list(
  rows = data.frame(id = md$id, treat = md$treat, re78 = md$re78, weights = md$weights,
                    subclass = as.integer(as.character(md$subclass)), distance = md$distance,
                    age = md$age, educ = md$educ, race = as.character(md$race), married = md$married,
                    nodegree = md$nodegree, re74 = md$re74, re75 = md$re75),
  fit1 = c(fitInfo(fit1), list(
    cl = ct(fit1, vcovCL(fit1, cluster = ~subclass)),
    cl_hc0 = ct(fit1, vcovCL(fit1, cluster = ~subclass, type = "HC0")),
    cl_hc1_nocadjust = ct(fit1, vcovCL(fit1, cluster = ~subclass, cadjust = FALSE)),
    iid = ct(fit1, vcov(fit1)),
    hc0 = ct(fit1, vcovHC(fit1, type = "HC0")),
    hc1 = ct(fit1, vcovHC(fit1, type = "HC1")))),
  fit2 = c(fitInfo(fit2), list(
    cl = ct(fit2, vcovCL(fit2, cluster = ~subclass)),
    iid = ct(fit2, vcov(fit2)),
    hc0 = ct(fit2, vcovHC(fit2, type = "HC0")),
    hc1 = ct(fit2, vcovHC(fit2, type = "HC1")),
    hc2 = ct(fit2, vcovHC(fit2, type = "HC2")),
    hc3 = ct(fit2, vcovHC(fit2, type = "HC3"))))
)

# IPW for the ATT: treated weight 1, control weight ps / (1 - ps), ps from a logistic regression.
psfit <- glm(treat ~ age + educ + race + married + nodegree + re74 + re75, data = lalonde, family = binomial)
ps <- unname(fitted(psfit))
w <- ifelse(lalonde$treat == 1, 1, ps / (1 - ps))
lalonde$ipw <- w
fit3 <- lm(re78 ~ treat, data = lalonde, weights = ipw)
fit4 <- lm(re78 ~ treat + age + educ + race + married + nodegree + re74 + re75, data = lalonde, weights = ipw)
ipw <- list(
  rows = data.frame(id = lalonde$id, treat = lalonde$treat, re78 = lalonde$re78, ps = ps, weights = w,
                    age = lalonde$age, educ = lalonde$educ, race = as.character(lalonde$race),
                    married = lalonde$married, nodegree = lalonde$nodegree, re74 = lalonde$re74,
                    re75 = lalonde$re75),
  fit3 = c(fitInfo(fit3), list(
    hc0 = ct(fit3, vcovHC(fit3, type = "HC0")), hc1 = ct(fit3, vcovHC(fit3, type = "HC1")),
    hc2 = ct(fit3, vcovHC(fit3, type = "HC2")), hc3 = ct(fit3, vcovHC(fit3, type = "HC3")),
    iid = ct(fit3, vcov(fit3)), ci90_hc0 = ct(fit3, vcovHC(fit3, type = "HC0"), conf = 0.90))),
  fit4 = c(fitInfo(fit4), list(
    hc0 = ct(fit4, vcovHC(fit4, type = "HC0")), hc1 = ct(fit4, vcovHC(fit4, type = "HC1")),
    iid = ct(fit4, vcov(fit4)))),
  ess = list(treated = sum(w[lalonde$treat == 1])^2 / sum(w[lalonde$treat == 1]^2),
             control = sum(w[lalonde$treat == 0])^2 / sum(w[lalonde$treat == 0]^2))
)

tq <- expand.grid(x = c(-40, -8, -3, -1.96, -0.5, 0, 0.3, 1, 2.5, 6, 25), df = c(1, 2, 3.5, 10, 30, 100, 366, 612, 1e5))
tq$lower <- pt(tq$x, tq$df)
tq$upper <- pt(tq$x, tq$df, lower.tail = FALSE)
tq$twosided <- 2 * pt(abs(tq$x), tq$df, lower.tail = FALSE)
qq <- expand.grid(p = c(1e-12, 1e-6, 0.001, 0.025, 0.05, 0.3, 0.5, 0.8, 0.95, 0.975, 0.995, 0.999999),
                  df = c(1, 2, 3.5, 10, 30, 100, 366, 612, 1e5))
qq$q <- qt(qq$p, qq$df)

out <- list(
  r_version = R.version.string,
  packages = list(MatchIt = as.character(packageVersion("MatchIt")),
                  sandwich = as.character(packageVersion("sandwich")),
                  lmtest = as.character(packageVersion("lmtest"))),
  matched = matched, ipw = ipw,
  pt = tq, qt = qq)
# jsonlite caps numbers at 15 significant digits even with digits = NA, so numbers are written here with
# sprintf("%.17g") (round-trips every double); strings still go through jsonlite for escaping.
num <- function(x) ifelse(is.na(x), "null", sprintf("%.17g", x))
str1 <- function(x) vapply(x, function(e) as.character(toJSON(e, auto_unbox = TRUE)), "")
js <- function(x, box = FALSE) {
  if (is.data.frame(x)) return(js(as.list(x), box = TRUE))
  if (is.matrix(x)) return(paste0("[", paste(apply(x, 1, function(r) js(r, box = TRUE)), collapse = ","), "]"))
  if (is.list(x)) {
    inner <- vapply(seq_along(x), function(i) paste0(str1(names(x)[i]), ":", js(x[[i]])), "")
    return(paste0("{", paste(inner, collapse = ","), "}"))
  }
  v <- if (is.numeric(x) || is.logical(x)) num(as.numeric(x)) else str1(as.character(x))
  if (length(x) == 1 && !box) v else paste0("[", paste(v, collapse = ","), "]")
}
cat(js(out), "\n", sep = "")
