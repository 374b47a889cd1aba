package org.ratingspipeline.report.web;

import java.util.Arrays;
import java.util.List;

/**
 * A piece of markup. Text only ever becomes markup through {@link #text} or an attribute value,
 * both escaped, so a value from an input file (an authority name, a file name, a rejected value)
 * shows as the characters it is and can never open an element. Every element but HTML's void ones
 * ({@code meta}) has an end tag, so that the page, once those are closed, also parses as XML, which
 * lets the publisher check the written page with the JDK's own parser.
 */
public record Html(String markup) {

    public static final Html EMPTY = new Html("");

    /** Text content, escaped. */
    public static Html text(String text) {
        return new Html(escape(text));
    }

    /** An element with attributes given as name, value pairs (a null value leaves the attribute out) and content. */
    public static Html el(String name, List<String> attributes, Html... content) {
        StringBuilder b = new StringBuilder("<").append(name);
        attributes(b, attributes);
        b.append('>');
        for (Html h : content) {
            b.append(h.markup);
        }
        return new Html(b.append("</").append(name).append('>').toString());
    }

    /** Attributes as name, value pairs; a null value leaves its attribute out. */
    public static List<String> attrs(String... nameValuePairs) {
        return Arrays.asList(nameValuePairs);
    }

    /** An element without attributes. */
    public static Html el(String name, Html... content) {
        return el(name, List.of(), content);
    }

    /** An element holding only text. */
    public static Html el(String name, String text) {
        return el(name, List.of(), text(text));
    }

    /** An HTML void element such as {@code meta}: no end tag, and no slash (HTML ignores it; the checker warns). */
    public static Html voidElement(String name, List<String> attributes) {
        StringBuilder b = new StringBuilder("<").append(name);
        attributes(b, attributes);
        return new Html(b.append(">").toString());
    }

    /** An SVG element without content, closed with {@code />} (in SVG, unlike HTML, that closes it). */
    public static Html selfClosed(String name, List<String> attributes) {
        StringBuilder b = new StringBuilder("<").append(name);
        attributes(b, attributes);
        return new Html(b.append("/>").toString());
    }

    public static Html join(List<Html> parts) {
        StringBuilder b = new StringBuilder();
        parts.forEach(p -> b.append(p.markup));
        return new Html(b.toString());
    }

    /** Markup written by this package itself (the document type, the style sheet), never input. */
    static Html trusted(String markup) {
        return new Html(markup);
    }

    private static void attributes(StringBuilder b, List<String> attributes) {
        if (attributes.size() % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name, value pairs: " + attributes);
        }
        for (int i = 0; i < attributes.size(); i += 2) {
            String value = attributes.get(i + 1);
            if (value != null) {
                b.append(' ').append(attributes.get(i)).append("=\"").append(escape(value)).append('"');
            }
        }
    }

    /**
     * Escapes the five characters that could end a text or an attribute, and replaces control
     * characters and lone surrogates (which HTML forbids and XML cannot carry) with U+FFFD, so that
     * no input value can make the page invalid.
     */
    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> i = appendChecked(b, s, i);
            }
        }
        return b.toString();
    }

    private static int appendChecked(StringBuilder b, String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
            b.append(c).append(s.charAt(i + 1));
            return i + 1;
        }
        boolean control = (c < 0x20 && c != '\t' && c != '\n') || (c >= 0x7F && c <= 0x9F) || c == '\r';
        b.append(control || Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF' ? '\uFFFD' : c);
        return i;
    }
}
