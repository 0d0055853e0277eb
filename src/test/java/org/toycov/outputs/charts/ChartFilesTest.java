package org.toycov.outputs.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

/** Tests {@link ChartFiles}, headless. */
public class ChartFilesTest {

	@TempDir
	Path dir;

	private static JFreeChart chart() {
		final double[] x = ChartsTestDrive.range(50, 150, 1);
		return Chi2CurveCharts.create("χ² test", Collections.singletonList(PlotLine
			.solid("a", Palette.ORIGINAL, x, Chi2CurveChartsTest.quadratic(x, 95, 0,
				0.01))));
	}

	@Test
	public void testPngSize() throws IOException {
		final File f = dir.resolve("c.png").toFile();
		ChartFiles.writePng(chart(), f, 640, 480);
		assertTrue(f.length() > 1000);
		final BufferedImage img = ImageIO.read(f);
		assertEquals(640, img.getWidth());
		assertEquals(480, img.getHeight());
		ChartFiles.writePng(chart(), f);
		assertEquals(800, ImageIO.read(f).getWidth());
		// no temporary files left behind
		try (java.util.stream.Stream<Path> s = Files.list(dir)) {
			assertEquals(1, s.count());
		}
	}

	@Test
	public void testSvgParsesWithSize() throws Exception {
		final File f = dir.resolve("c.svg").toFile();
		ChartFiles.writeSvg(chart(), f, 640, 480);
		assertTrue(f.length() > 1000);
		final DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
		// NB: JFreeSVG writes a DOCTYPE with the W3C DTD; do not fetch it.
		dbf.setFeature(
			"http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
		final Element svg = dbf.newDocumentBuilder().parse(f).getDocumentElement();
		assertEquals("svg", svg.getTagName());
		assertEquals("640", svg.getAttribute("width"));
		assertEquals("480", svg.getAttribute("height"));
		assertTrue(new String(Files.readAllBytes(f.toPath()),
			java.nio.charset.StandardCharsets.UTF_8).contains("χ² test"));
	}

	@Test
	public void testMessageChartsWrite() throws IOException {
		final File f = dir.resolve("m.png").toFile();
		ChartFiles.writePng(ChartStyle.messageChart("t", "no toys"), f, 300, 200);
		assertEquals(300, ImageIO.read(f).getWidth());
	}

	@Test
	public void testUnwritableFolderSaysWhere() throws IOException {
		final File missing = dir.resolve("nope/c.png").toFile();
		final IOException e = assertThrows(IOException.class, () -> ChartFiles
			.writePng(chart(), missing, 100, 100));
		assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
		assertTrue(e.getMessage().contains(missing.getParent()), e.getMessage());

		final File ro = dir.resolve("ro").toFile();
		assertTrue(ro.mkdir());
		assertTrue(ro.setWritable(false, false));
		try {
			// NB: root may write anywhere; only check when the OS refuses
			if (!Files.isWritable(ro.toPath())) {
				final IOException e2 = assertThrows(IOException.class, () -> ChartFiles
					.writeSvg(chart(), new File(ro, "c.svg"), 100, 100));
				assertTrue(e2.getMessage().contains("not writable"), e2.getMessage());
			}
		}
		finally {
			ro.setWritable(true, false);
		}
	}
}
