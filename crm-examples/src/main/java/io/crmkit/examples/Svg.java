package io.crmkit.examples;

import java.util.Locale;

/** A minimal SVG document writer for the command line's charts: rectangles, lines, polygons and text. */
final class Svg {

    private final StringBuilder body = new StringBuilder();
    private final int width;
    private final int height;

    Svg(int width, int height) {
        this.width = width;
        this.height = height;
    }

    Svg rect(double x, double y, double w, double h, String fill) {
        body.append(String.format(Locale.ROOT, "  <rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"/>\n",
                x, y, w, h, fill));
        return this;
    }

    Svg line(double x1, double y1, double x2, double y2, String stroke, double strokeWidth) {
        body.append(String.format(Locale.ROOT, "  <line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" "
                + "stroke-width=\"%.1f\"/>\n", x1, y1, x2, y2, stroke, strokeWidth));
        return this;
    }

    Svg polyline(double[] xs, double[] ys, String stroke, double strokeWidth, boolean dashed) {
        body.append("  <polyline fill=\"none\" stroke=\"").append(stroke).append("\" stroke-width=\"")
                .append(String.format(Locale.ROOT, "%.1f", strokeWidth)).append('"')
                .append(dashed ? " stroke-dasharray=\"6 4\"" : "").append(" points=\"").append(points(xs, ys)).append("\"/>\n");
        return this;
    }

    Svg polygon(double[] xs, double[] ys, String fill) {
        body.append("  <polygon fill=\"").append(fill).append("\" points=\"").append(points(xs, ys)).append("\"/>\n");
        return this;
    }

    Svg text(double x, double y, String text, int size, String anchor, boolean bold) {
        body.append(String.format(Locale.ROOT, "  <text x=\"%.1f\" y=\"%.1f\" font-size=\"%d\" text-anchor=\"%s\"%s>%s</text>\n",
                x, y, size, anchor, bold ? " font-weight=\"bold\"" : "", escape(text)));
        return this;
    }

    String render() {
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + width + "\" height=\"" + height + "\" viewBox=\"0 0 "
                + width + " " + height + "\" font-family=\"Helvetica, Arial, sans-serif\">\n"
                + "  <rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n" + body + "</svg>\n";
    }

    private static String points(double[] xs, double[] ys) {
        StringBuilder p = new StringBuilder();
        for (int i = 0; i < xs.length; i++) {
            p.append(i == 0 ? "" : " ").append(String.format(Locale.ROOT, "%.1f,%.1f", xs[i], ys[i]));
        }
        return p.toString();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** Money for a chart label: 1.2M, 350k, 900. */
    static String money(double value) {
        double a = Math.abs(value);
        if (a >= 1e6) {
            return String.format(Locale.ROOT, "%.1fM", value / 1e6);
        }
        if (a >= 1e3) {
            return String.format(Locale.ROOT, "%.0fk", value / 1e3);
        }
        return String.format(Locale.ROOT, "%.0f", value);
    }
}
