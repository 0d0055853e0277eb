package org.toycov.outputs.charts;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import javax.imageio.ImageIO;

import org.jfree.chart.JFreeChart;
import org.jfree.graphics2d.svg.SVGGraphics2D;

/**
 * Writes charts to PNG and SVG files, headless. Each file is first written to
 * a temporary file in the same folder and then renamed, so a reader never
 * sees half a chart and a failed write leaves no broken file behind.
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
		final BufferedImage image = chart.createBufferedImage(width, height,
			BufferedImage.TYPE_INT_RGB, null);
		write(file, out -> {
			if (!ImageIO.write(image, "png", out)) throw new IOException(
				"no PNG writer available");
		});
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
		final SVGGraphics2D g2 = new SVGGraphics2D(width, height);
		chart.draw(g2, new Rectangle(0, 0, width, height));
		final byte[] svg = g2.getSVGDocument().getBytes(StandardCharsets.UTF_8);
		write(file, out -> out.write(svg));
	}

	private interface Writer {

		void write(OutputStream out) throws IOException;
	}

	private static void check(final JFreeChart chart, final File file,
		final int width, final int height)
	{
		if (chart == null) throw new IllegalArgumentException("no chart given");
		if (file == null) throw new IllegalArgumentException("no file given");
		if (width < 1 || height < 1) throw new IllegalArgumentException(
			"chart size must be positive, not " + width + "x" + height);
	}

	private static void write(final File file, final Writer writer)
		throws IOException
	{
		final Path target = file.getAbsoluteFile().toPath();
		final Path dir = target.getParent();
		if (dir == null || !Files.isDirectory(dir)) throw new IOException(
			"cannot write chart " + target + ": folder " + dir + " does not exist");
		final Path tmp;
		try {
			tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
		}
		catch (final IOException e) {
			throw new IOException("cannot write chart " + target + ": folder " +
				dir + " is not writable (" + e.getClass().getSimpleName() + ")", e);
		}
		try {
			try (OutputStream out = Files.newOutputStream(tmp)) {
				writer.write(out);
			}
			try {
				Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING,
					StandardCopyOption.ATOMIC_MOVE);
			}
			catch (final AtomicMoveNotSupportedException e) {
				Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
			}
			// NB: a temporary file is private (0600); a chart is for colleagues too
			try {
				Files.setPosixFilePermissions(target,
					java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
			}
			catch (final UnsupportedOperationException e) {
				// NB: not a POSIX file system: keep its defaults
			}
		}
		catch (final IOException e) {
			Files.deleteIfExists(tmp);
			throw new IOException("cannot write chart " + target + ": " + e
				.getMessage(), e);
		}
	}
}
