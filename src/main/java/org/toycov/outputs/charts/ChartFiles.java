package org.toycov.outputs.charts;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.jfree.chart.JFreeChart;
import org.jfree.graphics2d.svg.SVGGraphics2D;
import org.toycov.outputs.OutputSet;

/**
 * Draws charts as PNG and SVG, headless: to a stream (what {@link OutputSet}
 * stages), or to one file through an {@link OutputSet} of its own, so a reader
 * never sees half a chart and a failed write leaves nothing behind.
 */
public final class ChartFiles {

	private ChartFiles() {}

	/** Writes a PNG of the default size (800x600). */
	public static void writePng(final JFreeChart chart, final File file)
		throws IOException
	{
		writePng(chart, file, ChartStyle.DEFAULT_WIDTH, ChartStyle.DEFAULT_HEIGHT);
	}

	/**
	 * Writes a PNG.
	 *
	 * @param chart the chart to draw
	 * @param file the PNG file to create or replace
	 * @param width image width in pixels (at least 1)
	 * @param height image height in pixels (at least 1)
	 * @throws IOException if the folder is missing or not writable, or the
	 *           image cannot be encoded; the message names the file
	 */
	public static void writePng(final JFreeChart chart, final File file,
		final int width, final int height) throws IOException
	{
		check(chart, file, width, height);
		write(file, out -> writePng(chart, out, width, height));
	}

	/** Draws a PNG of the default size (800x600) to {@code out}. */
	public static void writePng(final JFreeChart chart, final OutputStream out)
		throws IOException
	{
		writePng(chart, out, ChartStyle.DEFAULT_WIDTH, ChartStyle.DEFAULT_HEIGHT);
	}

	private static void writePng(final JFreeChart chart, final OutputStream out,
		final int width, final int height) throws IOException
	{
		final BufferedImage image = chart.createBufferedImage(width, height,
			BufferedImage.TYPE_INT_RGB, null);
		if (!ImageIO.write(image, "png", out)) throw new IOException(
			"no PNG writer available");
	}

	/** Writes an SVG of the default size (800x600). */
	public static void writeSvg(final JFreeChart chart, final File file)
		throws IOException
	{
		writeSvg(chart, file, ChartStyle.DEFAULT_WIDTH, ChartStyle.DEFAULT_HEIGHT);
	}

	/**
	 * Writes an SVG document (JFreeSVG) whose width and height attributes are
	 * the given size in pixels.
	 *
	 * @throws IOException if the folder is missing or not writable
	 */
	public static void writeSvg(final JFreeChart chart, final File file,
		final int width, final int height) throws IOException
	{
		check(chart, file, width, height);
		write(file, out -> writeSvg(chart, out, width, height));
	}

	/** Draws an SVG of the default size (800x600) to {@code out}. */
	public static void writeSvg(final JFreeChart chart, final OutputStream out)
		throws IOException
	{
		writeSvg(chart, out, ChartStyle.DEFAULT_WIDTH, ChartStyle.DEFAULT_HEIGHT);
	}

	private static void writeSvg(final JFreeChart chart, final OutputStream out,
		final int width, final int height) throws IOException
	{
		final SVGGraphics2D g2 = new SVGGraphics2D(width, height);
		chart.draw(g2, new Rectangle(0, 0, width, height));
		out.write(g2.getSVGDocument().getBytes(StandardCharsets.UTF_8));
	}

	private static void check(final JFreeChart chart, final File file,
		final int width, final int height)
	{
		if (chart == null) throw new IllegalArgumentException("no chart given");
		if (file == null) throw new IllegalArgumentException("no file given");
		if (width < 1 || height < 1) throw new IllegalArgumentException(
			"chart size must be positive, not " + width + "x" + height);
	}

	private static void write(final File file, final OutputSet.Writer writer)
		throws IOException
	{
		final Path target = file.getAbsoluteFile().toPath();
		final Path dir = target.getParent();
		if (dir == null || !Files.isDirectory(dir)) throw new IOException(
			"cannot write chart " + target + ": folder " + dir + " does not exist");
		if (!Files.isWritable(dir)) throw new IOException("cannot write chart " +
			target + ": folder " + dir + " is not writable");
		try (OutputSet set = new OutputSet()) {
			set.write("chart", target, writer);
			set.commit();
		}
		catch (final UncheckedIOException | IllegalArgumentException e) {
			throw new IOException("cannot write chart " + target + ": " + e
				.getMessage(), e);
		}
	}
}
