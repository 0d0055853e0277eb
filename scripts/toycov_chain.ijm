// ToyCov from an ImageJ macro: Covariance, Chi2 Scan and Toy Experiments
// chained, each number checked against an independent value.
// Run it in Fiji/ImageJ (Plugins > Macros > Run...) or
//   java -Dplugins.dir=/path/to/ImageJ -jar ij.jar -batch toycov_chain.ijm
// (ImageJ 1 needs a display even with -batch: on a batch node prefix xvfb-run)
// It returns (and prints) "toycov-chain: ok", or the first failed check.

// Batch mode and show_charts=false: no window opens, every value is read
// back all the same (the tables stay hidden but readable).
setBatchMode(true);

// A cell of a ToyCov table: Table.get when the table is open as a window
// (Fiji, ImageJ, also in batch mode), else ToyCov's own accessor, which
// works in a headless JVM where ImageJ 1 cannot hold a named table.
var via = "";
function cell(column, row, table) {
	if (isOpen(table)) {
		via = "Table.get";
		return Table.get(column, row, table);
	}
	via = "call";
	return parseFloat(call("org.toycov.ij.Macros.get", table, column, d2s(row, 0)));
}

// A scalar output of the last command: the row of toycov_scalars whose
// name is `name` (one row per scalar, columns command, name and value).
function scalar(name) {
	if (isOpen("toycov_scalars")) {
		via = "Table.get";
		for (i = 0; i < Table.size("toycov_scalars"); i++)
			if (Table.getString("name", i, "toycov_scalars") == name)
				return Table.get("value", i, "toycov_scalars");
		return NaN;
	}
	via = "call";
	return parseFloat(call("org.toycov.ij.Macros.scalar", name));
}

var failed = "";
function check(what, got, want, tolerance) {
	if (abs(got - want) > tolerance || isNaN(got)) {
		if (failed == "") failed = what + ": got " + got + ", want " + want;
	}
	print("toycov-chain: " + what + " = " + d2s(got, 9) + " (want " + d2s(want, 9) + ", via " + via + ")");
}

// Seed cell 12: a 10% correlated cross-section error, no reconstruction error.
run("Covariance", "mu_obs=8000 e_obs=80 mu_reco_frac_err=0 show_charts=false");
check("Covariance chi2", scalar("chi2"), 3.960784, 5e-7);
check("covariance[mu][mu]", cell("mu", 1, "covariance"), 1.01e6, 1e-6);

// Seed cell 17: row 45 is e_obs = 95, where the scan has its minimum;
// analytic chi2 = 1.5025e8 / 3.02e8 for d = (5, 1000).
run("Chi2 Scan", "mu_obs=9000 e_obs_min=50 e_obs_max=150 e_obs_step=1 show_charts=false");
check("chi2_scan e_obs[45]", cell("e_obs", 45, "chi2_scan"), 95, 0);
check("chi2_scan chi2[45]", cell("chi2", 45, "chi2_scan"), 1.5025e8 / 3.02e8, 1e-12);
check("obs_at_min", scalar("obs_at_min"), 95, 0);

// Seeds cells 21-27: the toys' slice at n_mu = 9000 has the conditional mean
// 100 - 1e4 / 2.01e6 * 1000 = 95.025 (within 4 standard errors).
run("Toy Experiments", "toys=1e5 seed=1 show_charts=false");
mean = scalar("slice_mean");
error = scalar("slice_mean_error");
check("slice_mean", mean, 100 - 1e4 / 2.01e6 * 1000, 4 * error);
check("slice_count > 100", minOf(scalar("slice_count"), 101), 101, 0);

if (failed != "") {
	print("toycov-chain: FAILED " + failed);
	return "FAILED " + failed;
}
print("toycov-chain: ok");
return "toycov-chain: ok";
