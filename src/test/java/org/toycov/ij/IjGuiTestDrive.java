package org.toycov.ij;

import java.awt.Button;
import java.awt.Component;
import java.awt.Container;
import java.awt.Dialog;
import java.awt.GraphicsEnvironment;
import java.awt.Menu;
import java.awt.MenuBar;
import java.awt.MenuItem;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.TextField;
import java.awt.Window;
import java.awt.event.ActionEvent;
import java.awt.event.ActionListener;
import java.awt.event.InputEvent;
import java.io.File;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import ij.IJ;
import ij.ImageJ;
import ij.Menus;
import ij.WindowManager;
import ij.measure.ResultsTable;
import ij.plugin.frame.Recorder;
import ij.text.TextWindow;

/**
 * Drives a real ImageJ 1 on a display (Xvfb in {@code .ci/ij-gui-check}),
 * with ToyCov installed as a user would: its jar in {@code plugins/}, its
 * dependencies in {@code plugins/jars/}, only {@code ij.jar} and this class
 * on the class path. Checks the Plugins &gt; ToyCov menu, runs Chi2 Scan from
 * its menu item through the generated dialog (OK pressed with the mouse),
 * checks the table window, the macro recorder's line and that the tallest
 * dialog fits the screen; writes screenshots to the folder given. Not part of
 * the automated JUnit suite (a *TestDrive).
 */
public final class IjGuiTestDrive {

	private static final String[] TITLES = { "Covariance", "Chi2 Scan",
		"Constraint", "Chi2 Explorer", "Toy Experiments", "Tune Comparison" };

	public static void main(final String[] args) throws Exception {
		final File out = new File(args.length > 0 ? args[0] : "target/ij-gui");
		out.mkdirs();
		final Thread watchdog = new Thread(() -> {
			IJ.wait(180_000);
			System.err.println("ij-gui-check: FAILED: timed out");
			System.exit(2);
		});
		watchdog.setDaemon(true);
		watchdog.start();
		try {
			run(out);
			System.out.println("ij-gui-check: ok");
			System.exit(0);
		}
		catch (final Throwable t) {
			System.err.println("ij-gui-check: FAILED: " + t);
			t.printStackTrace();
			try {
				shot(out, "failure.png");
			}
			catch (final Exception e) {
				// NB: the failure above is what matters
			}
			System.exit(1);
		}
	}

	private static void run(final File out) throws Exception {
		check(!GraphicsEnvironment.isHeadless(), "a display (DISPLAY=" + System
			.getenv("DISPLAY") + ")");
		new ImageJ();
		for (int i = 0; i < 100 && (IJ.getInstance() == null || Menus
			.getMenuBar() == null); i++)
			IJ.wait(100);
		final Robot robot = new Robot();

		// 1. The menu: Plugins > ToyCov, each title once.
		final Menu toycov = submenu(submenu(Menus.getMenuBar(), "Plugins"),
			"ToyCov");
		final List<String> labels = new ArrayList<>();
		for (int i = 0; i < toycov.getItemCount(); i++)
			labels.add(toycov.getItem(i).getLabel());
		System.out.println("ij-gui-check: Plugins>ToyCov = " + labels);
		for (final String t : TITLES)
			check(labels.indexOf(t) >= 0 && labels.indexOf(t) == labels.lastIndexOf(
				t), "Plugins>ToyCov holds " + t + " once: " + labels);

		// 2. The recorder is on, as a user who wants a macro would have it.
		IJ.run("Record...");
		for (int i = 0; i < 50 && Recorder.getInstance() == null; i++)
			IJ.wait(100);
		check(Recorder.getInstance() != null, "the macro recorder opens");

		// 2b. A batch-mode macro chain opens no window and reads every value back.
		// NB: the chain print()s to the Log; open it first, it is not ToyCov's
		IJ.log("ij-gui-check: the batch chain");
		IJ.wait(500);
		final int before = wmWindows().size();
		final String chain = IJ.runMacroFile(new File(System.getProperty(
			"toycov.scripts", "scripts"), "toycov_chain.ijm").getPath());
		IJ.wait(500);
		final List<String> after = wmWindows();
		System.out.println("ij-gui-check: batch chain: " + chain + "; windows " +
			before + " -> " + after.size());
		check("toycov-chain: ok".equals(chain), "the batch chain passes: " + chain);
		check(after.size() == before, "the batch chain opened no window: " +
			after);
		final String log = IJ.getLog() == null ? "" : IJ.getLog();
		check(!log.contains("via call"), "the chain read every table with Table.get");
		shot(out, "batch_chain.png");

		// 3. Chi2 Scan from its menu item; its dialog; OK with the mouse.
		click(item(toycov, "Chi2 Scan"));
		final Dialog dialog = waitForDialog("Chi2 Scan");
		IJ.wait(500);
		checkFits(dialog);
		shot(out, "chi2_scan_dialog.png");
		final Button ok = button(dialog, "OK");
		final Point p = ok.getLocationOnScreen();
		robot.setAutoDelay(100);
		robot.mouseMove(p.x + ok.getWidth() / 2, p.y + ok.getHeight() / 2);
		robot.waitForIdle();
		robot.mousePress(InputEvent.BUTTON1_DOWN_MASK);
		robot.mouseRelease(InputEvent.BUTTON1_DOWN_MASK);
		robot.waitForIdle();
		IJ.wait(500);
		if (dialog.isShowing()) {
			// NB: some bare X servers drop the synthetic click; press it as AWT would.
			System.out.println("ij-gui-check: the mouse click did not reach OK; pressing it through AWT");
			ok.dispatchEvent(new ActionEvent(ok, ActionEvent.ACTION_PERFORMED, ok
				.getLabel()));
		}

		// 4. The table window, with the seed's numbers.
		final TextWindow table = waitForTable("chi2_scan");
		final ResultsTable rt = table.getResultsTable();
		check(rt.size() == 100, "chi2_scan has 100 rows: " + rt.size());
		check(rt.getValue("e_obs", 45) == 95, "chi2_scan e_obs[45] = 95: " + rt
			.getValue("e_obs", 45));
		final double chi2 = rt.getValue("chi2", 45);
		check(Math.abs(chi2 - 1.5025e8 / 3.02e8) < 1e-12,
			"chi2_scan chi2[45] = 1.5025e8/3.02e8: " + chi2);
		final ResultsTable scalars = waitForTable("toycov_scalars")
			.getResultsTable();
		double atMin = Double.NaN;
		for (int r = 0; r < scalars.size(); r++)
			if ("obs_at_min".equals(scalars.getStringValue("name", r))) atMin =
				scalars.getValue("value", r);
		check(atMin == 95, "obs_at_min = 95 in toycov_scalars: " + atMin);
		System.out.println("ij-gui-check: chi2_scan chi2[45] = " + chi2);
		table.toFront();
		IJ.wait(800);
		shot(out, "chi2_scan_table.png");

		// 5. The recorder wrote the line a macro replays.
		String recorded = "";
		for (int i = 0; i < 30 && !recorded.contains("Chi2 Scan"); i++) {
			IJ.wait(100);
			recorded = Recorder.getInstance().getText();
		}
		System.out.println("ij-gui-check: recorded: " + recorded.trim());
		check(recorded.contains("run(\"Chi2 Scan\", \"mu_exp=10000 e_exp=100 " +
			"mu_xsec_frac_err=0.1 e_xsec_frac_err=0.1 xsec_corr=1 " +
			"mu_reco_frac_err=0.1 e_reco_frac_err=0 reco_corr=0 mu_obs=9000 " +
			"e_obs=100 show_charts=true e_obs_min=50 e_obs_max=150 e_obs_step=1 " +
			"scan_channel=e stat=pearson\");"),
			"the recorder wrote the options with snake_case keys");

		// 5b. Chi2 Scan with a model file typed into its dialog: the ten seed
		// fields are ignored, the scanned channel offers what the scan takes
		// (single bins, not the binned nue) and is as wide as nue_10.
		click(item(toycov, "Chi2 Scan"));
		final Dialog withModel = waitForDialog("Chi2 Scan", dialog);
		IJ.wait(300);
		final String model = new File(System.getProperty("toycov.scripts",
			"scripts"), "../sample-data/miniboone-2018/miniboone-2018.json")
				.getCanonicalPath();
		final TextField modelField = field(withModel, "Model file");
		java.awt.EventQueue.invokeAndWait(() -> {
			modelField.setText(model);
			// NB: what typing does: the dialog's listeners hear a text event
			modelField.dispatchEvent(new java.awt.event.TextEvent(modelField,
				java.awt.event.TextEvent.TEXT_VALUE_CHANGED));
		});
		IJ.wait(500);
		final java.awt.Choice scanned = choice(withModel, "Scanned channel");
		final List<String> offered = new ArrayList<>();
		for (int i = 0; i < scanned.getItemCount(); i++)
			offered.add(scanned.getItem(i));
		System.out.println("ij-gui-check: Scanned channel offers " + offered +
			", " + scanned.getWidth() + " px of " + scanned.getPreferredSize().width);
		check(offered.contains("nue_10") && !offered.contains("nue") && !offered
			.contains("e"), "Scanned channel offers single bins only: " + offered);
		check(scanned.getWidth() >= scanned.getPreferredSize().width,
			"Scanned channel is as wide as its longest entry: " + scanned.getWidth());
		checkFits(withModel);
		shot(out, "chi2_scan_model_dialog.png");
		button(withModel, "OK").dispatchEvent(new ActionEvent(button(withModel,
			"OK"), ActionEvent.ACTION_PERFORMED, "OK"));
		String modelLine = "";
		for (int i = 0; i < 100 && !modelLine.contains("model="); i++) {
			IJ.wait(100);
			final String[] lines = Recorder.getInstance().getText().split("\n");
			modelLine = lines[lines.length - 1];
		}
		System.out.println("ij-gui-check: recorded with a model: " + modelLine);
		check(modelLine.contains("model=" + model) && !modelLine.contains(
			"mu_exp") && modelLine.contains("scan_channel=nue_0"),
			"the run with a model went ahead and recorded only the model's keys: " +
				modelLine);
		for (final Window w : Window.getWindows())
			check(!(w instanceof Dialog && w.isShowing() && ((Dialog) w).isModal()),
				"no message box after the run with a model: " + w + " " + (w instanceof Container ? texts((Container) w) : ""));
		shot(out, "chi2_scan_model_run.png");

		// 5c. An interpretation command's dialog has no seed fields (its model is a
		// file with a signal component) and constrained starts at none.
		click(item(toycov, "Feldman Cousins"));
		final Dialog fc = waitForDialog("Feldman Cousins");
		IJ.wait(500);
		final String fcText = texts(fc);
		check(fcText.contains("Model file") && !fcText.contains(
			"Expected muon events") && !fcText.contains("Observed electron events"),
			"the Feldman Cousins dialog has no seed fields: " + fcText);
		final java.awt.Choice fcConstrained = choice(fc, "Constrained channel");
		check(fcConstrained.getItemCount() == 1 && "none".equals(fcConstrained
			.getSelectedItem()), "Constrained channel offers none alone without a " +
				"model file: " + fcConstrained.getSelectedItem() + " of " +
				fcConstrained.getItemCount());
		checkFits(fc);
		shot(out, "feldman_cousins_no_seed_fields.png");
		button(fc, "Cancel").dispatchEvent(new ActionEvent(button(fc, "Cancel"),
			ActionEvent.ACTION_PERFORMED, "Cancel"));
		IJ.wait(300);

		// 6. Bad input in the dialog: the one-line reason, then the dialog again.
		click(item(toycov, "Covariance"));
		final Dialog cov = waitForDialog("Covariance");
		IJ.wait(300);
		final TextField corr = field(cov, "Cross-section correlation");
		corr.setText("1.5");
		button(cov, "OK").dispatchEvent(new ActionEvent(button(cov, "OK"),
			ActionEvent.ACTION_PERFORMED, "OK"));
		final Dialog message = waitForDialog("Covariance", cov);
		IJ.wait(500);
		final String text = texts(message);
		shot(out, "covariance_bad_input.png");
		check(text.contains(
			"Cross-section correlation (xsec_corr) must be within [-1, 1], got 1.5"),
			"the message says why, with the field's label and key: " + text);
		button(message, "OK").dispatchEvent(new ActionEvent(button(message, "OK"),
			ActionEvent.ACTION_PERFORMED, "OK"));
		final Dialog again = waitForDialog("Covariance", message);
		check(field(again, "Cross-section correlation").getText().equals("1.5"),
			"the dialog comes back with the value entered");
		button(again, "Cancel").dispatchEvent(new ActionEvent(button(again,
			"Cancel"), ActionEvent.ACTION_PERFORMED, "Cancel"));
		// 6b. ...and a canceled, invalid attempt is not remembered.
		IJ.wait(300);
		click(item(toycov, "Covariance"));
		final Dialog fresh = waitForDialog("Covariance", cov, again);
		IJ.wait(300);
		check(field(fresh, "Cross-section correlation").getText().equals("1"),
			"a new dialog starts from the last successful values, not 1.5: " + field(
				fresh, "Cross-section correlation").getText());
		button(fresh, "Cancel").dispatchEvent(new ActionEvent(button(fresh,
			"Cancel"), ActionEvent.ACTION_PERFORMED, "Cancel"));
		IJ.wait(300);

		// 6c. Covariance twice: its windows are reused, the count stays.
		IJ.runMacro("run(\"Covariance\", \"mu_obs=8000 e_obs=80\");");
		IJ.wait(1000);
		final int first = wmWindows().size();
		IJ.runMacro("run(\"Covariance\", \"mu_obs=8000 e_obs=80\");");
		IJ.wait(1000);
		final List<String> second = wmWindows();
		System.out.println("ij-gui-check: Covariance twice: windows " + first +
			" -> " + second.size());
		check(second.size() == first, "a second Covariance run adds no window: " +
			second);
		checkInsideScreen(second);
		shot(out, "covariance_twice.png");

		// 6d. The covariance table's widest cell fits its column, on screen.
		final TextWindow covTable = waitForTable("covariance");
		covTable.toFront();
		IJ.wait(800);
		checkCellsFit(covTable);
		shot(out, "covariance_table.png");

		// 6e. Closing a chart with the window manager closes only it.
		final String chart = "covariance (chart)";
		check(WindowManager.getFrame(chart) != null, "the chart is in the Window menu's list");
		run("wmctrl", "-c", chart);
		for (int i = 0; i < 50 && wmWindows().contains(chart); i++)
			IJ.wait(100);
		check(!wmWindows().contains(chart), "the window manager closed " + chart);
		IJ.wait(500);
		check("2".equals(IJ.runMacro("return \"\" + (1 + 1);")),
			"ImageJ still answers a macro after a chart was closed");
		check(WindowManager.getFrame(chart) == null, "the closed chart left the Window menu");
		shot(out, "chart_closed.png");

		// 6e'. Ctrl+W on a chart closes it alone; it is in the Window menu until then.
		final String corrChart = "correlation (chart)";
		final Menu windowMenu = submenu(Menus.getMenuBar(), "Window");
		boolean listed = false;
		for (int i = 0; i < windowMenu.getItemCount(); i++)
			listed |= corrChart.equals(windowMenu.getItem(i).getLabel());
		check(listed, "Window menu lists " + corrChart);
		run("wmctrl", "-a", corrChart);
		IJ.wait(500);
		run("xdotool", "key", "--clearmodifiers", "ctrl+w");
		for (int i = 0; i < 50 && wmWindows().contains(corrChart); i++)
			IJ.wait(100);
		check(!wmWindows().contains(corrChart), "Ctrl+W closed " + corrChart);
		check("2".equals(IJ.runMacro("return \"\" + (1 + 1);")),
			"ImageJ still answers a macro after Ctrl+W");

		// 6h. Chi2 Explorer: typing 0.5 in a slider's field redraws the chart in
		// place; the dialog keeps the focus and stays on top (no key goes to
		// ImageJ as a shortcut, no "No Image" box).
		click(item(toycov, "Chi2 Explorer"));
		final Dialog explorer = waitForDialog("Chi2 Explorer");
		for (int i = 0; i < 50 && !wmWindows().contains(
			"chi2_explorer (chart)"); i++)
			IJ.wait(100);
		IJ.wait(1000);
		final TextField corrField = field(explorer, "Cross-section correlation");
		run("wmctrl", "-a", "Chi2 Explorer");
		IJ.wait(300);
		final Point cf = corrField.getLocationOnScreen();
		robot.mouseMove(cf.x + corrField.getWidth() / 2, cf.y + corrField
			.getHeight() / 2);
		robot.mousePress(InputEvent.BUTTON1_DOWN_MASK);
		robot.mouseRelease(InputEvent.BUTTON1_DOWN_MASK);
		robot.waitForIdle();
		IJ.wait(300);
		java.awt.EventQueue.invokeAndWait(() -> corrField.selectAll());
		run("xdotool", "type", "--delay", "150", "0.5");
		IJ.wait(1500);
		final String explorerFocus = focusedWindow();
		System.out.println("ij-gui-check: Chi2 Explorer after typing 0.5: field \"" +
			corrField.getText() + "\", focus \"" + explorerFocus + "\", top \"" +
			topWindow() + "\"");
		shot(out, "chi2_explorer_typed.png");
		check("0.5".equals(corrField.getText().trim()),
			"every key typed reached the correlation field: " + corrField.getText());
		check("Chi2 Explorer".equals(explorerFocus),
			"the dialog keeps the focus after a redraw: " + explorerFocus);
		check("Chi2 Explorer".equals(topWindow()),
			"the dialog stays above the chart after a redraw: " + topWindow());
		check(!wmWindows().contains("No Image"), "no key went to ImageJ: " +
			wmWindows());
		// NB: on the event thread: a non-blocking dialog's actionPerformed is
		// synchronized and disposes through the event thread
		final Button explorerCancel = button(explorer, "Cancel");
		java.awt.EventQueue.invokeLater(() -> explorerCancel.dispatchEvent(
			new ActionEvent(explorerCancel, ActionEvent.ACTION_PERFORMED, "Cancel")));
		for (int i = 0; i < 50 && explorer.isShowing(); i++)
			IJ.wait(100);
		check(!explorer.isShowing(), "Chi2 Explorer's dialog closed");

		// 6i. A macro's error box opens on top of the windows earlier runs
		// raised, focused; the status bar says the command failed.
		final Thread failing = new Thread(() -> IJ.runMacro(
			"run(\"Chi2 Scan\",\"mu_obs=9000 e_obs_min=50 e_obs_max=150\");\n" +
				"run(\"Covariance\",\"xsec_corr=1.5\");"));
		failing.start();
		final Dialog box = waitForDialog("ToyCov");
		IJ.wait(1000);
		final String boxStatus = ImageJ.getStatusBarText();
		System.out.println("ij-gui-check: macro error box: top \"" + topWindow() +
			"\", focus \"" + focusedWindow() + "\", status \"" + boxStatus + "\"");
		shot(out, "macro_error_box.png");
		check(texts(box).contains(
			"Covariance: xsec_corr must be within [-1, 1], got 1.5"),
			"the box says why: " + texts(box));
		check("ToyCov".equals(topWindow()), "the error box is on top: " +
			topWindow());
		check("ToyCov".equals(focusedWindow()), "the error box has the focus: " +
			focusedWindow());
		check("Covariance: failed".equals(boxStatus),
			"the status bar says the command failed: " + boxStatus);
		button(box, "OK").dispatchEvent(new ActionEvent(button(box, "OK"),
			ActionEvent.ACTION_PERFORMED, "OK"));
		failing.join(5000);

		// 6j. Every table opens at its first row, also a window shown again.
		for (final String name : new String[] { "chi2_scan", "covariance" }) {
			final TextWindow tw = waitForTable(name);
			final int at = ((java.awt.Scrollbar) reflect(tw.getTextPanel(), "sbVert"))
				.getValue();
			check(at == 0, name + " shows its first row: scrolled to " + at);
		}

		// 6k. An edge warning shows whole in the Log.
		IJ.runMacro("run(\"Chi2 Scan\",\"mu_obs=9000 e_obs_min=100 e_obs_max=150\");");
		IJ.wait(1000);
		final Window logWindow = WindowManager.getWindow("Log");
		check(logWindow instanceof TextWindow, "the Log is open");
		final ij.text.TextPanel logPanel = ((TextWindow) logWindow).getTextPanel();
		final String warning = logPanel.getLine(logPanel.getLineCount() - 1);
		check(warning.startsWith("Chi2 Scan: warning: the lowest chi2 of the grid"),
			"the edge warning is the Log's last line: " + warning);
		logWindow.toFront();
		IJ.wait(800);
		final Object logCanvas = reflect(logPanel, "tc");
		final java.awt.FontMetrics logFont = (java.awt.FontMetrics) reflect(
			logCanvas, "fMetrics");
		System.out.println("ij-gui-check: Log " + logWindow.getBounds() +
			", warning " + (logFont == null ? "?" : logFont.stringWidth(warning)) +
			" px in " + ((Component) logCanvas).getWidth() + " px");
		shot(out, "log_warning.png");
		check(logFont != null && logFont.stringWidth(warning) < ((Component) logCanvas)
			.getWidth(), "the warning line fits the Log");
		checkInsideScreen(wmWindows());

		// 6f. A 1e8-toy run canceled with the Cancel button of its control.
		final String[] result = new String[1];
		final Thread run = new Thread(() -> result[0] = IJ.runMacro(
			"run(\"Toy Experiments\", \"toys=1e8 show_charts=false\");\n" +
				"return \"NOT CANCELED\";"));
		run.start();
		final Dialog control = waitForDialog("ToyCov: Toy Experiments");
		IJ.wait(1500);
		shot(out, "toys_cancel_control.png");
		check(topWindow().equals("ToyCov: Toy Experiments"),
			"the Cancel control is the top window: " + topWindow());
		final long t0 = System.nanoTime();
		final Button cancel = button(control, "Cancel");
		cancel.dispatchEvent(new ActionEvent(cancel, ActionEvent.ACTION_PERFORMED,
			"Cancel"));
		run.join(5000);
		final double seconds = (System.nanoTime() - t0) / 1e9;
		System.out.println("ij-gui-check: canceled 1e8 toys in " + seconds + " s");
		check(!run.isAlive() && seconds < 1, "ImageJ is idle within a second of " +
			"Cancel: " + seconds + " s");
		check(!"NOT CANCELED".equals(result[0]), "the macro stopped at the canceled run");
		IJ.wait(500);
		for (final Window w : Window.getWindows())
			check(!(w instanceof Dialog && w.isShowing() && ((Dialog) w).isModal()),
				"no modal box after cancel: " + w);
		check(!control.isShowing(), "the control closed");
		shot(out, "toys_canceled.png");

		// 6f'. Esc in the control (it has the focus) cancels as Cancel does; Esc
		// in the ImageJ window too, with the status line the README gives.
		for (final String where : new String[] { "control", "ImageJ" }) {
			click(item(toycov, "Toy Experiments"));
			final Dialog many = waitForDialog("Toy Experiments");
			IJ.wait(300);
			field(many, "Number of toys").setText("100000000");
			button(many, "OK").dispatchEvent(new ActionEvent(button(many, "OK"),
				ActionEvent.ACTION_PERFORMED, "OK"));
			final Dialog ctl = waitForDialog("ToyCov: Toy Experiments", control);
			IJ.wait(1000);
			if (where.equals("ImageJ")) {
				run("wmctrl", "-a", IJ.getInstance().getTitle());
				IJ.wait(500);
			}
			final long e0 = System.nanoTime();
			run("xdotool", "key", "--clearmodifiers", "Escape");
			for (int i = 0; i < 50 && ctl.isShowing(); i++)
				IJ.wait(20);
			final double escSeconds = (System.nanoTime() - e0) / 1e9;
			IJ.wait(1000);
			final String statusLine = ImageJ.getStatusBarText();
			System.out.println("ij-gui-check: Esc in the " + where + " window: " +
				escSeconds + " s, status \"" + statusLine + "\"");
			check(!ctl.isShowing() && escSeconds < 1, "Esc in the " + where +
				" window canceled the run within a second: " + escSeconds + " s");
			check("Toy Experiments: canceled".equals(statusLine),
				"after Esc in the " + where + " window the status reads " +
					"\"Toy Experiments: canceled\": \"" + statusLine + "\"");
			shot(out, "toys_esc_" + where.toLowerCase() + ".png");
		}

		// 6g. A table the batch chain made hidden shows when picked in the Window menu.
		final Window moments = WindowManager.getWindow("toy_moments");
		check(moments != null && !moments.isShowing(),
			"the batch chain's toy_moments table exists, hidden");
		final MenuItem pick = item(submenu(Menus.getMenuBar(), "Window"),
			"toy_moments");
		// NB: the Window menu's entries are checkbox items with item listeners
		final java.awt.event.ItemEvent ie = new java.awt.event.ItemEvent(
			(java.awt.ItemSelectable) pick, java.awt.event.ItemEvent.ITEM_STATE_CHANGED,
			pick.getLabel(), java.awt.event.ItemEvent.SELECTED);
		for (final java.awt.event.ItemListener l : ((java.awt.CheckboxMenuItem) pick)
			.getItemListeners())
			java.awt.EventQueue.invokeLater(() -> l.itemStateChanged(ie));
		for (int i = 0; i < 30 && !moments.isShowing(); i++)
			IJ.wait(100);
		check(moments.isShowing(), "Window > toy_moments shows the hidden table");
		IJ.wait(500);
		checkInsideScreen(wmWindows());
		shot(out, "hidden_table_shown.png");

		// 7. The tallest dialog fits the screen.
		click(item(toycov, "Toy Experiments"));
		final Dialog toys = waitForDialog("Toy Experiments");
		IJ.wait(500);
		checkFits(toys);
		shot(out, "toy_experiments_dialog.png");
		importShot(out, "screen.png");
		button(toys, "Cancel").dispatchEvent(new ActionEvent(button(toys,
			"Cancel"), ActionEvent.ACTION_PERFORMED, "Cancel"));

		// 8. The interpretation commands' dialogs open from the menu and fit the screen.
		for (final String title : new String[] { "Signal Fit", "Feldman Cousins",
			"Hypothesis Test", "Goodness of Fit" })
		{
			IJ.wait(300);
			click(item(toycov, title));
			final Dialog d = waitForDialog(title);
			IJ.wait(300);
			checkFits(d);
			shot(out, title.toLowerCase().replace(' ', '_') + "_dialog.png");
			button(d, "Cancel").dispatchEvent(new ActionEvent(button(d, "Cancel"),
				ActionEvent.ACTION_PERFORMED, "Cancel"));
		}
	}

	private static Menu submenu(final Object parent, final String label) {
		if (parent instanceof MenuBar) {
			final MenuBar mb = (MenuBar) parent;
			for (int i = 0; i < mb.getMenuCount(); i++)
				if (label.equals(mb.getMenu(i).getLabel())) return mb.getMenu(i);
		}
		else {
			final Menu m = (Menu) parent;
			for (int i = 0; i < m.getItemCount(); i++)
				if (m.getItem(i) instanceof Menu && label.equals(m.getItem(i)
					.getLabel())) return (Menu) m.getItem(i);
		}
		throw new AssertionError("no menu " + label);
	}

	private static MenuItem item(final Menu m, final String label) {
		for (int i = 0; i < m.getItemCount(); i++)
			if (label.equals(m.getItem(i).getLabel())) return m.getItem(i);
		throw new AssertionError("no menu item " + label);
	}

	/** What a click on a menu item does: its listeners get the action. */
	private static void click(final MenuItem item) {
		final ActionEvent e = new ActionEvent(item, ActionEvent.ACTION_PERFORMED,
			item.getActionCommand());
		for (final ActionListener l : item.getActionListeners())
			java.awt.EventQueue.invokeLater(() -> l.actionPerformed(e));
	}

	private static Dialog waitForDialog(final String title,
		final Window... notThese)
	{
		for (int i = 0; i < 200; i++) {
			for (final Window w : Window.getWindows()) {
				if (!(w instanceof Dialog) || !w.isShowing() || !title.equals(
					((Dialog) w).getTitle())) continue;
				boolean old = false;
				for (final Window n : notThese)
					old |= n == w;
				if (!old) return (Dialog) w;
			}
			IJ.wait(100);
		}
		throw new AssertionError("no dialog " + title);
	}

	private static TextWindow waitForTable(final String title) {
		for (int i = 0; i < 300; i++) {
			final Window w = WindowManager.getWindow(title);
			if (w instanceof TextWindow && w.isShowing()) return (TextWindow) w;
			IJ.wait(100);
		}
		throw new AssertionError("no table window " + title);
	}

	private static Button button(final Container c, final String label) {
		for (final Component k : c.getComponents()) {
			if (k instanceof Button && label.equals(((Button) k).getLabel().trim()))
				return (Button) k;
			if (k instanceof Container) {
				try {
					return button((Container) k, label);
				}
				catch (final AssertionError e) {
					// NB: not in this one
				}
			}
		}
		throw new AssertionError("no button " + label);
	}

	/** The text field right after the label {@code label}. */
	private static TextField field(final Container c, final String label) {
		final List<Component> all = new ArrayList<>();
		flatten(c, all);
		boolean seen = false;
		for (final Component k : all) {
			if (k instanceof java.awt.Label && ((java.awt.Label) k).getText().trim()
				.equals(label)) seen = true;
			else if (seen && k instanceof TextField) return (TextField) k;
		}
		throw new AssertionError("no field " + label);
	}

	/** The choice right after the label {@code label}. */
	private static java.awt.Choice choice(final Container c, final String label) {
		final List<Component> all = new ArrayList<>();
		flatten(c, all);
		boolean seen = false;
		for (final Component k : all) {
			if (k instanceof java.awt.Label && ((java.awt.Label) k).getText().trim()
				.equals(label)) seen = true;
			else if (seen && k instanceof java.awt.Choice) return (java.awt.Choice) k;
		}
		throw new AssertionError("no choice " + label);
	}

	private static String texts(final Container c) {
		final List<Component> all = new ArrayList<>();
		flatten(c, all);
		final StringBuilder sb = new StringBuilder();
		for (final Component k : all) {
			if (k instanceof java.awt.Label) sb.append(((java.awt.Label) k)
				.getText()).append('\n');
			if (k instanceof ij.gui.MultiLineLabel) sb.append(labelText(k)).append(
				'\n');
			if (k instanceof java.awt.TextArea) sb.append(((java.awt.TextArea) k)
				.getText()).append('\n');
		}
		return sb.toString();
	}

	/** The text of an ImageJ MultiLineLabel, which has no getter. */
	private static String labelText(final Component k) {
		final StringBuilder sb = new StringBuilder();
		for (final java.lang.reflect.Field f : k.getClass().getDeclaredFields()) {
			try {
				f.setAccessible(true);
				final Object v = f.get(k);
				if (v instanceof String[]) sb.append(String.join("\n", (String[]) v));
				else if (v instanceof String) sb.append((String) v);
			}
			catch (final Exception e) {
				// NB: skip
			}
		}
		return sb.toString();
	}

	private static void flatten(final Container c, final List<Component> out) {
		for (final Component k : c.getComponents()) {
			out.add(k);
			if (k instanceof Container) flatten((Container) k, out);
		}
	}

	private static void checkFits(final Window w) {
		final Rectangle screen = w.getGraphicsConfiguration().getBounds();
		final Rectangle b = w.getBounds();
		System.out.println("ij-gui-check: " + ((Dialog) w).getTitle() +
			" dialog " + b.width + "x" + b.height + " on a " + screen.width + "x" +
			screen.height + " screen");
		check(screen.contains(b), "dialog " + b + " fits the screen " + screen);
		check(b.height <= 768, "dialog fits a 768-pixel screen: " + b.height);
	}

	private static void shot(final File out, final String name)
		throws Exception
	{
		final Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment()
			.getDefaultScreenDevice().getDefaultConfiguration().getBounds();
		ImageIO.write(new Robot().createScreenCapture(screen), "png", new File(out,
			name));
		System.out.println("ij-gui-check: screenshot " + new File(out, name));
	}

	/** The screenshot of {@code import -window root}, when ImageMagick is there. */
	private static void importShot(final File out, final String name) {
		try {
			final Process p = new ProcessBuilder("import", "-window", "root",
				new File(out, name).getPath()).inheritIO().start();
			p.waitFor();
		}
		catch (final Exception e) {
			System.out.println("ij-gui-check: no import: " + e);
		}
	}

	/** The titles of the windows the window manager lists ({@code wmctrl -l}). */
	private static List<String> wmWindows() throws Exception {
		final List<String> out = new ArrayList<>();
		for (final String line : run("wmctrl", "-l").split("\n")) {
			final String[] f = line.trim().split("\\s+", 4);
			if (f.length == 4) out.add(f[3]);
		}
		return out;
	}

	/** The title of the window with the keyboard focus ({@code xdotool getwindowfocus}). */
	private static String focusedWindow() throws Exception {
		return run("xdotool", "getwindowfocus", "getwindowname").trim();
	}

	/** The title of the top window in the window manager's stacking order. */
	private static String topWindow() throws Exception {
		final String stack = run("xprop", "-root", "_NET_CLIENT_LIST_STACKING");
		final String top = stack.substring(stack.lastIndexOf(' ') + 1).trim();
		for (final String line : run("wmctrl", "-l").split("\n")) {
			final String[] f = line.trim().split("\\s+", 4);
			if (f.length == 4 && Long.decode(f[0]).equals(Long.decode(top)))
				return f[3];
		}
		return "";
	}

	private static String run(final String... cmd) throws Exception {
		final Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
		final String s = new String(p.getInputStream().readAllBytes(),
			java.nio.charset.StandardCharsets.UTF_8);
		p.waitFor();
		return s;
	}

	/** Every ToyCov window lies inside the screen. */
	private static void checkInsideScreen(final List<String> titles) {
		final Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment()
			.getMaximumWindowBounds();
		for (final Window w : Window.getWindows()) {
			if (!w.isShowing() || w == IJ.getInstance()) continue;
			final Rectangle b = w.getBounds();
			check(screen.contains(b), "window " + b + " inside the screen " + screen +
				": " + w.getName());
		}
	}

	/**
	 * Each cell of the table's text panel is narrower than its column, and
	 * every column ends inside the visible panel (read from ImageJ's TextPanel
	 * and TextCanvas, which size columns from their first rows).
	 */
	private static void checkCellsFit(final TextWindow tw) throws Exception {
		final ij.text.TextPanel tp = tw.getTextPanel();
		final int[] widths = (int[]) reflect(tp, "iColWidth");
		final Object canvas = reflect(tp, "tc");
		final java.awt.FontMetrics fm = (java.awt.FontMetrics) reflect(canvas,
			"fMetrics");
		check(fm != null, "the table was drawn");
		final int visible = ((Component) canvas).getWidth();
		int right = 0;
		String widest = "";
		for (int c = 0; c < widths.length; c++) {
			right += widths[c];
			for (int r = -1; r < tp.getLineCount(); r++) {
				final String[] cells = (r < 0 ? tp.getColumnHeadings() : tp.getLine(r))
					.split("\t", -1);
				if (c >= cells.length) continue;
				if (fm.stringWidth(cells[c]) > fm.stringWidth(widest)) widest =
					cells[c];
				check(fm.stringWidth(cells[c]) < widths[c], "cell \"" + cells[c] +
					"\" fits its column " + widths[c]);
			}
		}
		System.out.println("ij-gui-check: covariance table: widest cell " + widest +
			", columns end at " + right + " of " + visible + " px");
		check(right <= visible, "every column of the covariance table is visible: " +
			right + " > " + visible);
	}

	private static Object reflect(final Object o, final String name)
		throws Exception
	{
		final java.lang.reflect.Field f = o.getClass().getDeclaredField(name);
		f.setAccessible(true);
		return f.get(o);
	}

	private static void check(final boolean ok, final String what) {
		if (!ok) throw new AssertionError(what);
	}

}
