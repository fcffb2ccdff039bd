package org.gongwen.site;

/**
 * A marked stretch of a document's text: an entity to highlight ({@code kind} figure, date, deadline, org …) or a
 * citation to link ({@code href} set when the cited document is in the archive).
 */
record Span(int start, int end, String kind, String label, String href) {
}
