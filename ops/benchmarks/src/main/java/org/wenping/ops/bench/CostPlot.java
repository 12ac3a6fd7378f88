package org.wenping.ops.bench;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Draws cost against store size, both axes logarithmic, from the CSVs the generator ({@code growth.csv}: command and
 * load p50) and {@link StoreGrowthBenchmark} ({@code growth-peer.csv}: load and append p50 per engine) write; plain
 * Java2D, no charting library. {@code CostPlot out.png growth.csv [growth-peer.csv]}.
 */
public final class CostPlot {
    private static final int WIDTH = 860;
    private static final int HEIGHT = 500;
    private static final int LEFT = 70;
    private static final int RIGHT = 250;
    private static final int TOP = 40;
    private static final int BOTTOM = 60;
    private static final Color[] COLORS = {new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c),
            new Color(0xff7f0e), new Color(0x9467bd), new Color(0x8c564b)};

    private record Point(double events, double millis) {
    }

    private CostPlot() {
    }

    public static void main(String[] args) throws IOException {
        Map<String, List<Point>> series = new LinkedHashMap<>();
        for (String file : Arrays.copyOfRange(args, 1, args.length)) read(Path.of(file), series);
        ImageIO.write(draw(series), "png", Path.of(args[0]).toFile());
    }

    /** One series per p50 column, and per engine where the file names one in its first column. */
    private static void read(Path file, Map<String, List<Point>> series) throws IOException {
        List<String> lines = Files.readAllLines(file);
        List<String> header = List.of(lines.get(0).split(","));
        boolean byEngine = header.get(0).equals("engine");
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",");
            double events = Double.parseDouble(cells[header.indexOf("events")]);
            for (int column = 0; column < header.size(); column++) {
                String name = header.get(column);
                if (!name.endsWith("_p50_ms")) continue;
                String label = (byEngine ? "engine " + cells[0] + ": " : "application: ") + name.replace("_p50_ms", "") + " p50";
                series.computeIfAbsent(label, key -> new ArrayList<>()).add(new Point(events, Double.parseDouble(cells[column])));
            }
        }
    }

    private static BufferedImage draw(Map<String, List<Point>> series) {
        List<Point> all = series.values().stream().flatMap(List::stream).filter(p -> p.millis() > 0).toList();
        double minX = Math.floor(Math.log10(all.stream().mapToDouble(Point::events).min().orElse(1e4)));
        double maxX = Math.ceil(Math.log10(all.stream().mapToDouble(Point::events).max().orElse(1e6)));
        double minY = Math.floor(Math.log10(all.stream().mapToDouble(Point::millis).min().orElse(0.1)));
        double maxY = Math.ceil(Math.log10(all.stream().mapToDouble(Point::millis).max().orElse(100)));
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        int plotWidth = WIDTH - LEFT - RIGHT;
        int plotHeight = HEIGHT - TOP - BOTTOM;
        g.setColor(Color.LIGHT_GRAY);
        for (double x = minX; x <= maxX; x++) {
            int px = LEFT + (int) ((x - minX) / (maxX - minX) * plotWidth);
            g.drawLine(px, TOP, px, TOP + plotHeight);
            g.setColor(Color.BLACK);
            g.drawString(String.format("%,.0f", Math.pow(10, x)), px - 20, TOP + plotHeight + 18);
            g.setColor(Color.LIGHT_GRAY);
        }
        for (double y = minY; y <= maxY; y++) {
            int py = TOP + plotHeight - (int) ((y - minY) / (maxY - minY) * plotHeight);
            g.drawLine(LEFT, py, LEFT + plotWidth, py);
            g.setColor(Color.BLACK);
            g.drawString(y < 0 ? String.valueOf(Math.pow(10, y)) : String.format("%,.0f", Math.pow(10, y)), 10, py + 4);
            g.setColor(Color.LIGHT_GRAY);
        }
        g.setColor(Color.BLACK);
        g.drawRect(LEFT, TOP, plotWidth, plotHeight);
        g.drawString("events in the store (log)", LEFT + plotWidth / 2 - 70, HEIGHT - 20);
        g.drawString("vertical: ms, p50 (log)", WIDTH - RIGHT + 15, TOP + plotHeight);
        g.drawString("Cost against store size — embedded server, H2 backend", LEFT, TOP - 20);
        int index = 0;
        for (Map.Entry<String, List<Point>> entry : series.entrySet()) {
            g.setColor(COLORS[index % COLORS.length]);
            g.setStroke(new BasicStroke(2f));
            int[] previous = null;
            for (Point point : entry.getValue()) {
                if (point.millis() <= 0) continue;
                int px = LEFT + (int) ((Math.log10(point.events()) - minX) / (maxX - minX) * plotWidth);
                int py = TOP + plotHeight - (int) ((Math.log10(point.millis()) - minY) / (maxY - minY) * plotHeight);
                g.fillOval(px - 3, py - 3, 7, 7);
                if (previous != null) g.drawLine(previous[0], previous[1], px, py);
                previous = new int[] {px, py};
            }
            int legendY = TOP + 10 + index * 20;
            g.drawLine(WIDTH - RIGHT + 15, legendY, WIDTH - RIGHT + 40, legendY);
            g.setColor(Color.BLACK);
            g.drawString(entry.getKey(), WIDTH - RIGHT + 46, legendY + 4);
            index++;
        }
        g.dispose();
        return image;
    }
}
