# Rerun (from the repository root): Rscript scripts/reference/did-synthetic.R
# Writes src/domain/evaluation/fixtures/did-synthetic.csv (a synthetic staggered-adoption panel) and
# src/domain/evaluation/fixtures/did-synthetic.json (R's answers on it), which src/domain/evaluation/did.test.ts
# compares against. Needs R with sandwich (fixest is not installed here, so no feols results are recorded).
#
# Panel: 20 municipalities x 50 persons x 12 periods (unit = person, cluster = municipality). Cohorts by
# municipality: 1-5 start in period 4, 6-10 in 6, 11-15 in 8, 16-20 never treated. Outcome y ~ Bernoulli(p)
# with p = 0.30 + person effect + period effect + municipality-by-period shock + 0.10 * D (true effect +0.10).
# y_pretrend is drawn from the same p plus a planted pre-trend for treated persons: 0.05 * (k + 1) for
# relative time k <= -2 (zero from k = -1 on), so the leads are not flat.
#
# Estimates: lm(y ~ D + factor(unit) + factor(period)) with sandwich::vcovCL(cluster = ~municipality,
# type = "HC1") (cadjust = TRUE); event-study lm with relative-time dummies for k in [-L, K] = [-4, 4],
# k = -1 omitted, never-treated persons all-zero; endpoints binned (k <= -4 into -4, k >= 4 into 4) and,
# separately, trimmed (treated-person rows with k outside [-4, 4] dropped); Wald test of the leads
# (-4, -3, -2): W = b' V^-1 b, p = pchisq(W, 3, lower.tail = FALSE). CIs as lmtest::coefci: t with
# df = df.residual(fit). "y_unbalanced": the TWFE fit on the panel without every 7th row (0-based row
# index %% 7 == 3 of the CSV order), to check the iterative within transformation on an unbalanced panel.
suppressMessages(library(sandwich))
set.seed(20261207)
nm <- 20; np <- 50; nt <- 12
muni_start <- c(rep(4, 5), rep(6, 5), rep(8, 5), rep(NA, 5))
muni_eff <- rnorm(nm, 0, 0.05)
shock <- matrix(rnorm(nm * nt, 0, 0.04), nm, nt)
period_eff <- seq(0, 0.1, length.out = nt)
d <- expand.grid(period = 1:nt, person = 1:np, municipality = 1:nm)
d$unit <- (d$municipality - 1) * np + d$person
pers_eff <- rnorm(nm * np, 0, 0.08)
d$start <- muni_start[d$municipality]
d$D <- as.integer(!is.na(d$start) & d$period >= d$start)
k <- d$period - d$start
p <- 0.30 + muni_eff[d$municipality] + pers_eff[d$unit] + period_eff[d$period] +
  shock[cbind(d$municipality, d$period)] + 0.10 * d$D
p <- pmin(pmax(p, 0.01), 0.99)
d$y <- rbinom(nrow(d), 1, p)
pt <- ifelse(!is.na(k) & k <= -2, 0.05 * (k + 1), 0)
p2 <- pmin(pmax(p + pt, 0.01), 0.99)
d$y_pretrend <- rbinom(nrow(d), 1, p2)
d <- d[order(d$unit, d$period), c("unit", "municipality", "period", "start", "y", "y_pretrend")]
out_csv <- "src/domain/evaluation/fixtures/did-synthetic.csv"
write.csv(transform(d, start = ifelse(is.na(start), "", start)), out_csv, row.names = FALSE, quote = FALSE)

num <- function(x) paste0("[", paste(sprintf("%.17g", x), collapse = ", "), "]")
str <- function(x) paste0("[", paste0('"', x, '"', collapse = ", "), "]")
mat <- function(m) paste0("[", paste(apply(m, 1, num), collapse = ", "), "]")

twfe <- function(yname, d = get("d", envir = globalenv())) {
  d$D <- as.integer(!is.na(d$start) & d$period >= d$start)
  fit <- lm(reformulate(c("D", "factor(unit)", "factor(period)"), yname), data = d)
  V <- vcovCL(fit, cluster = ~municipality, type = "HC1")
  b <- coef(fit)[["D"]]; se <- sqrt(V["D", "D"])
  df <- df.residual(fit); q <- qt(0.975, df)
  sprintf('{"estimate": %s, "se": %s, "t": %s, "p": %s, "ciLow": %s, "ciHigh": %s, "n": %d, "dfResidual": %d, "rank": %d}',
    sprintf("%.17g", b), sprintf("%.17g", se), sprintf("%.17g", b / se),
    sprintf("%.17g", 2 * pt(abs(b / se), df, lower.tail = FALSE)),
    sprintf("%.17g", b - q * se), sprintf("%.17g", b + q * se), nrow(d), df, fit$rank)
}

event <- function(yname, endpoints, L = 4, K = 4) {
  dd <- d
  dd$k <- dd$period - dd$start
  if (endpoints == "trim") {
    dd <- dd[is.na(dd$k) | (dd$k >= -L & dd$k <= K), ]
  } else {
    dd$k <- ifelse(is.na(dd$k), NA, pmin(pmax(dd$k, -L), K))
  }
  ks <- setdiff(-L:K, -1)
  nms <- character(0)
  for (kk in ks) {
    nm <- if (kk < 0) paste0("ev_m", -kk) else paste0("ev_p", kk)
    dd[[nm]] <- as.integer(!is.na(dd$k) & dd$k == kk)
    nms <- c(nms, nm)
  }
  fit <- lm(reformulate(c(nms, "factor(unit)", "factor(period)"), yname), data = dd)
  V <- vcovCL(fit, cluster = ~municipality, type = "HC1")[nms, nms]
  b <- coef(fit)[nms]; se <- sqrt(diag(V))
  df <- df.residual(fit); q <- qt(0.975, df)
  leads <- nms[ks < -1]
  W <- as.numeric(t(b[leads]) %*% solve(V[leads, leads]) %*% b[leads])
  pw <- pchisq(W, length(leads), lower.tail = FALSE)
  sprintf(paste0('{"endpoints": "%s", "leads": %d, "lags": %d, "k": %s, "estimate": %s, "se": %s, "ciLow": %s, "ciHigh": %s, ',
                 '"vcov": %s, "n": %d, "dfResidual": %d, "wald": {"statistic": %s, "df": %d, "p": %s}}'),
    endpoints, L, K, num(ks), num(b), num(se), num(b - q * se), num(b + q * se), mat(V), nrow(dd), df,
    sprintf("%.17g", W), length(leads), sprintf("%.17g", pw))
}

json <- paste0('{\n"note": "scripts/reference/did-synthetic.R; R ', R.version$major, '.', R.version$minor,
  ', sandwich ', as.character(packageVersion("sandwich")), '; fixest not installed",\n',
  '"twfe": {"y": ', twfe("y"), ',\n "y_pretrend": ', twfe("y_pretrend"),
  ',\n "y_unbalanced": ', twfe("y", d[(seq_len(nrow(d)) - 1) %% 7 != 3, ]), '},\n',
  '"event": {"y_bin": ', event("y", "bin"), ',\n "y_trim": ', event("y", "trim"), ',\n "y_pretrend_bin": ',
  event("y_pretrend", "bin"), ',\n "y_pretrend_trim": ', event("y_pretrend", "trim"), '}\n}\n')
writeLines(json, "src/domain/evaluation/fixtures/did-synthetic.json")
cat(json)
