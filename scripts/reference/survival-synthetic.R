# Rerun (from the repository root): Rscript scripts/reference/survival-synthetic.R
# Writes src/domain/evaluation/fixtures/survival-synthetic.csv (the synthetic data) and
# src/domain/evaluation/fixtures/survival-synthetic.json (R's survival answers on it), which the
# tests of kaplan-meier.ts, log-rank.ts and cox.ts compare against. Needs R packages survival, jsonlite.
suppressMessages({ library(survival); library(jsonlite) })

set.seed(20261207)
n <- 400
treat <- rbinom(n, 1, 0.5)
age <- round(rnorm(n, 40, 10))
female <- rbinom(n, 1, 0.45)
# Exponential time to a first placement; true HR of treatment = 2.
rate <- 0.05 * exp(log(2) * treat + 0.02 * (age - 40) - 0.3 * female)
t_event <- ceiling(rexp(n, rate))            # whole months -> many ties
t_cens <- ceiling(runif(n, 0, 40))           # random censoring
time <- pmin(t_event, t_cens, 24)            # administrative censoring at 24 months
event <- as.integer(t_event <= pmin(t_cens, 24))
w <- sample(1:3, n, replace = TRUE)          # integer case weights for the weighted Cox check
d <- data.frame(id = 1:n, time = time, event = event, treat = treat, age = age, female = female, w = w)
write.csv(d, "src/domain/evaluation/fixtures/survival-synthetic.csv", row.names = FALSE, quote = FALSE)

# ---- Kaplan-Meier by treatment (survfit defaults: conf.type = "log", conf.int = 0.95)
km <- survfit(Surv(time, event) ~ treat, data = d)
km_groups <- list()
q <- quantile(km, probs = c(0.25, 0.5, 0.75))
med <- summary(km)$table
for (i in seq_along(km$strata)) {
  z <- km[i]
  km_groups[[i]] <- list(
    group = sub("treat=", "", names(km$strata)[i]),
    time = z$time, n_risk = z$n.risk, n_event = z$n.event, n_censor = z$n.censor,
    surv = z$surv, std_err = z$std.err, lower = z$lower, upper = z$upper,
    median = unname(med[i, "median"]), median_lower = unname(med[i, "0.95LCL"]),
    median_upper = unname(med[i, "0.95UCL"]),
    quantile_probs = c(0.25, 0.5, 0.75),
    quantile = unname(q$quantile[i, ]), quantile_lower = unname(q$lower[i, ]),
    quantile_upper = unname(q$upper[i, ])
  )
}

# Small hand-made curves that exercise quantile.survfit's midpoint rules and S = 0 at the end.
km_small_cases <- list(
  list(time = 1:6, event = rep(1, 6)),
  list(time = c(1, 2, 3, 4), event = c(1, 1, 0, 0)),
  list(time = c(1, 2, 2, 3), event = c(1, 1, 0, 1)),
  list(time = c(1, 1, 2, 3, 3, 4, 5, 6, 6, 7), event = c(1, 0, 1, 1, 0, 1, 0, 1, 1, 0))
)
km_small <- lapply(km_small_cases, function(cs) {
  z <- survfit(Surv(cs$time, cs$event) ~ 1)
  qz <- quantile(z, probs = c(0.25, 0.5, 0.75))
  list(input_time = cs$time, input_event = cs$event,
       time = z$time, n_risk = z$n.risk, n_event = z$n.event, n_censor = z$n.censor,
       surv = z$surv, std_err = ifelse(is.finite(z$std.err), z$std.err, NA), lower = z$lower, upper = z$upper,
       quantile_probs = c(0.25, 0.5, 0.75), quantile = unname(qz$quantile),
       quantile_lower = unname(qz$lower), quantile_upper = unname(qz$upper))
})

# ---- Log-rank (survdiff, rho = 0)
sd <- survdiff(Surv(time, event) ~ treat, data = d)
logrank <- list(groups = c("0", "1"), obs = unname(sd$obs), exp = unname(sd$exp),
                var = unname(sd$var), chisq = sd$chisq, df = length(sd$n) - 1,
                p = pchisq(sd$chisq, length(sd$n) - 1, lower.tail = FALSE))
# Three-group variant: treat x female
d$grp3 <- ifelse(d$treat == 1, "T", ifelse(d$female == 1, "CF", "CM"))
sd3 <- survdiff(Surv(time, event) ~ grp3, data = d)
logrank3 <- list(groups = sub("grp3=", "", names(sd3$n)), obs = unname(sd3$obs), exp = unname(sd3$exp),
                 chisq = sd3$chisq, df = length(sd3$n) - 1,
                 p = pchisq(sd3$chisq, length(sd3$n) - 1, lower.tail = FALSE))

coxout <- function(fit) {
  s <- summary(fit)
  df <- length(coef(fit))
  v <- if (!is.null(fit$naive.var)) fit$naive.var else fit$var
  list(
    # I(): keep length-1 vectors as JSON arrays despite auto_unbox.
    names = I(names(coef(fit))), coef = I(unname(coef(fit))), se = I(unname(sqrt(diag(v)))),
    z = I(unname(s$coefficients[, "z"])), p = I(unname(s$coefficients[, "Pr(>|z|)"])),
    hr = I(unname(exp(coef(fit)))), hr_lower = I(unname(s$conf.int[, "lower .95"])),
    hr_upper = I(unname(s$conf.int[, "upper .95"])), var = unname(v),
    loglik = unname(fit$loglik), iter = fit$iter,
    # From the fit itself: summary.coxph rounds the Wald and score statistics to 2 decimals.
    lr_test = c(2 * diff(fit$loglik), df, pchisq(2 * diff(fit$loglik), df, lower.tail = FALSE)),
    wald_test = c(unname(fit$wald.test), df, pchisq(unname(fit$wald.test), df, lower.tail = FALSE)),
    score_test = c(unname(fit$score), df, pchisq(unname(fit$score), df, lower.tail = FALSE)),
    n = fit$n, nevent = fit$nevent
  )
}
cox_efron <- coxph(Surv(time, event) ~ treat + age + female, data = d)
cox_breslow <- coxph(Surv(time, event) ~ treat + age + female, data = d, ties = "breslow")
cox_treat_only <- coxph(Surv(time, event) ~ treat, data = d)
cox_weighted <- coxph(Surv(time, event) ~ treat + age + female, data = d, weights = w, robust = FALSE)
cox_weighted_breslow <- coxph(Surv(time, event) ~ treat + age + female, data = d, weights = w,
                              robust = FALSE, ties = "breslow")
# Fits stopped by iter.max (coxfit6 keeps the last accepted beta; reported iter = iter.max + 1).
cox_limited <- lapply(1:2, function(k) {
  f <- suppressWarnings(coxph(Surv(time, event) ~ treat + age + female, data = d, iter.max = k))
  list(iter_max = k, coef = I(unname(coef(f))), loglik = unname(f$loglik), iter = f$iter)
})
# A small data set on which coxfit6's Newton step overshoots once (log likelihood decreases) and is
# shortened before converging (found by searching random small data sets with the TypeScript port).
halving_data <- data.frame(
  time = c(4, 8, 1, 3, 8, 1, 11, 1, 1, 1, 2), event = c(1, 1, 0, 1, 0, 0, 1, 1, 1, 0, 1),
  x1 = c(0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0), x2 = c(2, 4, 5, 6, 6, 10, 4, 3, 7, 8, 6))
cox_halving <- c(list(data = halving_data), coxout(coxph(Surv(time, event) ~ x1 + x2, data = halving_data)))

pchisq_cases <- list(
  list(x = 0.5, df = 1), list(x = 3.841458820694124, df = 1), list(x = 10, df = 1),
  list(x = 50, df = 1), list(x = 2, df = 2), list(x = 7.3, df = 3), list(x = 1e-4, df = 1),
  list(x = 30, df = 5), list(x = 150, df = 2)
)
for (i in seq_along(pchisq_cases)) {
  pchisq_cases[[i]]$upper <- pchisq(pchisq_cases[[i]]$x, pchisq_cases[[i]]$df, lower.tail = FALSE)
  pchisq_cases[[i]]$lower <- pchisq(pchisq_cases[[i]]$x, pchisq_cases[[i]]$df)
}

out <- list(
  r_version = R.version.string, survival_version = as.character(packageVersion("survival")),
  n = n, km_by_treat = km_groups, km_small = km_small, logrank = logrank, logrank3 = logrank3,
  cox_efron = coxout(cox_efron), cox_breslow = coxout(cox_breslow),
  cox_treat_only = coxout(cox_treat_only), cox_weighted = coxout(cox_weighted),
  cox_weighted_breslow = coxout(cox_weighted_breslow), cox_limited = cox_limited, cox_halving = cox_halving, pchisq = pchisq_cases
)
# Full double precision: jsonlite's digits = NA stops at 15 significant digits, so every double is
# written with sprintf("%.17g") as verbatim JSON (NA/NaN/Inf become null).
num17 <- function(v) ifelse(is.finite(v), sprintf("%.17g", v), "null")
to_json17 <- function(x) {
  if (is.list(x)) return(lapply(x, to_json17))
  if (is.double(x)) {
    if (is.matrix(x)) {
      rows <- apply(x, 1, function(r) paste0("[", paste(num17(r), collapse = ","), "]"))
      return(structure(paste0("[", paste(rows, collapse = ","), "]"), class = "json"))
    }
    if (length(x) == 1 && !inherits(x, "AsIs")) return(structure(num17(x), class = "json"))
    return(structure(paste0("[", paste(num17(x), collapse = ","), "]"), class = "json"))
  }
  x
}
writeLines(toJSON(to_json17(out), auto_unbox = TRUE, json_verbatim = TRUE, pretty = TRUE, na = "null"),
           "src/domain/evaluation/fixtures/survival-synthetic.json")
print(km)
print(sd)
print(sd3)
print(cox_efron)
print(cox_breslow)
print(cox_weighted)
cat("distinct event times with ties:", sum(table(d$time[d$event == 1]) > 1), "\n")
