/**
 * ToyCov in ImageJ 1 and Fiji.
 * <ul>
 * <li>Menus: {@code plugins.config} at the jar root lists Plugins &gt; ToyCov
 * &gt; each command, run by {@link org.toycov.ij.ToyCovPlugIn}. The commands
 * declare no SciJava {@code menu}, so Fiji (which would add one entry from a
 * SciJava menu and one from {@code plugins.config}) shows each once.</li>
 * <li>Context: {@link org.toycov.ij.ToyCovContext} finds Fiji's (or a
 * registered) SciJava context, else creates one and keeps it.</li>
 * <li>Dialogs: {@link org.toycov.ij.InputDialog}, an ImageJ
 * {@code GenericDialog} generated from the {@code @Parameter}s; a bad value
 * shows its one-line reason and the dialog comes back.</li>
 * <li>Dialog layout and help: {@code DialogLayout} (expert fields last),
 * {@code ChannelChoices} (channel fields as the model's names),
 * {@code TimeEstimate} (how long a toy run takes here), {@link
 * org.toycov.frontend.HelpText} (what a command computes and means, from
 * {@code org/toycov/help/<Command>.txt} and the {@code @Parameter}
 * descriptions), {@code DialogMemory} (values of successful runs).</li>
 * <li>Windows: {@code TableWindow} and {@link org.toycov.ij.ChartWindow},
 * ordinary ImageJ windows (Window menu, Ctrl+W, closing only themselves),
 * reused by title, placed inside the screen by {@code WindowPlacer}, never
 * shown in a macro's batch mode; installed into {@code outputs} by
 * {@link org.toycov.ij.ToyCovPlugIn}. {@code TableFormat}: readable numbers
 * and widths.</li>
 * <li>Cancel: {@code CancelControl}, a small window with progress and a
 * Cancel button during long runs ({@code EscapeWatch}); a canceled run ends
 * with a status line ({@code Report.canceled}).</li>
 * <li>Macros: {@code run("Chi2 Scan", "mu_obs=9000 e_obs_min=50")} is parsed
 * with ToyCov's own keys, strictly; the recorder writes the same line
 * ({@link org.toycov.ij.MacroOptions}); scalar outputs land in the table
 * {@code toycov_scalars}, one row per scalar ({@link org.toycov.ij.Outputs});
 * a failure logs one line and stops the macro ({@code Report}).</li>
 * <li>Interactive commands: {@link org.toycov.ij.InteractiveSession}.</li>
 * </ul>
 */
package org.toycov.ij;
