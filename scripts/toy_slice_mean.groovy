#@ CommandService command
#@output Double slice_mean
#@output Double slice_mean_error

// ToyCov from a SciJava script. Needs Fiji (File > New > Script..., language
// Groovy, then Run): plain ImageJ 1 has no SciJava script editor and reads
// the #@ lines as macro code ("Statement cannot begin with '#'").
// throw 1e5 pseudo-experiments of the seed's model and read the mean electron
// count of the toys whose muon count is within 10 of the observed 9000.
// The conditional constraint predicts 100 - 1e4 / 2.01e6 * 1000 = 95.025.
// show_charts=false: a script reads numbers, it opens no chart windows.

def module = command.run("org.toycov.commands.ToyExperimentsCommand", true,
	"toys", 100000L, "seed", 1L, "show_charts", false).get()
if (module.isCanceled()) throw new IllegalArgumentException(module.getCancelReason())

slice_mean = module.getOutput("slice_mean")
slice_mean_error = module.getOutput("slice_mean_error")
println "slice_mean = ${slice_mean} +- ${slice_mean_error} (${module.getOutput('slice_count')} toys in the slice)"
