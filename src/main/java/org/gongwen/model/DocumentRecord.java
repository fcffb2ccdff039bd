package org.gongwen.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The structured record of one 公文, as written to {@code <name>.json} by {@code gongwen extract}. Its JSON form is
 * documented by {@code src/main/resources/org/gongwen/schema/record.schema.json}; field order here is the order in
 * JSON. Absent single values are {@code null}; absent lists are empty.
 *
 * <p>Example (云产改办〔2022〕16号): docNumber {@code 云产改办〔2022〕16号}, issuer
 * {@code 云南省新时期产业工人队伍建设改革工作协调领导小组办公室}, docType {@code 通知}, date {@code 2022-11-21}, one part (the
 * speech of 2022-11-18 by 王树芬).
 *
 * <p>Since schema 1.1: {@code corrections} lists the archivist's corrections a build applied (each with the extracted
 * and the corrected value), and {@code otherSources} the other files that hold the same document (a PDF and its scan),
 * whose text lost to {@code source} as the best text.
 */
public record DocumentRecord(
        String schemaVersion,
        String docNumber,
        String docNumberRaw,
        String issuer,
        List<String> issuers,
        String title,
        String docType,
        String date,
        String published,
        List<String> recipients,
        List<String> cc,
        List<Signatory> signatories,
        String signer,
        String urgency,
        String classification,
        String copyNumber,
        String notes,
        String printer,
        String printDate,
        List<Attachment> attachments,
        List<Part> parts,
        List<Section> sections,
        Map<String, String> portal,
        String text,
        SourceInfo source,
        List<Problem> warnings,
        List<Entity> entities,
        List<Commitment> commitments,
        List<Observation> observations,
        List<Correction> corrections,
        List<SourceInfo> otherSources) {

    /** The version of the record schema; bump the minor for additions, the major for breaking changes. */
    public static final String SCHEMA_VERSION = "1.1";

    public DocumentRecord {
        Objects.requireNonNull(schemaVersion, "schemaVersion");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(source, "source");
        issuers = copy(issuers);
        recipients = copy(recipients);
        cc = copy(cc);
        signatories = copy(signatories);
        attachments = copy(attachments);
        parts = copy(parts);
        sections = copy(sections);
        portal = portal == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(portal));
        warnings = copy(warnings);
        entities = copy(entities);
        commitments = copy(commitments);
        observations = copy(observations);
        corrections = copy(corrections);
        otherSources = copy(otherSources);
    }

    /** The record without corrections and other sources (the form extraction produces). */
    public DocumentRecord(String schemaVersion, String docNumber, String docNumberRaw, String issuer,
                          List<String> issuers, String title, String docType, String date, String published,
                          List<String> recipients, List<String> cc, List<Signatory> signatories, String signer,
                          String urgency, String classification, String copyNumber, String notes, String printer,
                          String printDate, List<Attachment> attachments, List<Part> parts, List<Section> sections,
                          Map<String, String> portal, String text, SourceInfo source, List<Problem> warnings,
                          List<Entity> entities, List<Commitment> commitments, List<Observation> observations) {
        this(schemaVersion, docNumber, docNumberRaw, issuer, issuers, title, docType, date, published, recipients, cc,
                signatories, signer, urgency, classification, copyNumber, notes, printer, printDate, attachments,
                parts, sections, portal, text, source, warnings, entities, commitments, observations, List.of(),
                List.of());
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    public static Builder builder(String text, SourceInfo source) {
        return new Builder(text, source);
    }

    /** A builder holding this record's values, to derive a changed copy. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    public DocumentRecord withEntities(List<Entity> newEntities) {
        return toBuilder().entities(newEntities).build();
    }

    public DocumentRecord withCommitments(List<Commitment> newCommitments, List<Observation> newObservations) {
        return toBuilder().commitments(newCommitments).observations(newObservations).build();
    }

    public DocumentRecord withWarnings(List<Problem> newWarnings) {
        return toBuilder().warnings(newWarnings).build();
    }

    /** Builds a {@link DocumentRecord}; every setter is optional except the text and source given up front. */
    public static final class Builder {
        private String schemaVersion = SCHEMA_VERSION;
        private String docNumber;
        private String docNumberRaw;
        private String issuer;
        private List<String> issuers = List.of();
        private String title;
        private String docType;
        private String date;
        private String published;
        private List<String> recipients = List.of();
        private List<String> cc = List.of();
        private List<Signatory> signatories = List.of();
        private String signer;
        private String urgency;
        private String classification;
        private String copyNumber;
        private String notes;
        private String printer;
        private String printDate;
        private List<Attachment> attachments = List.of();
        private List<Part> parts = List.of();
        private List<Section> sections = List.of();
        private Map<String, String> portal = Map.of();
        private String text;
        private SourceInfo source;
        private List<Problem> warnings = new ArrayList<>();
        private List<Entity> entities = List.of();
        private List<Commitment> commitments = List.of();
        private List<Observation> observations = List.of();
        private List<Correction> corrections = List.of();
        private List<SourceInfo> otherSources = List.of();

        private Builder(String text, SourceInfo source) {
            this.text = Objects.requireNonNull(text, "text");
            this.source = Objects.requireNonNull(source, "source");
        }

        private Builder(DocumentRecord r) {
            schemaVersion = r.schemaVersion;
            docNumber = r.docNumber;
            docNumberRaw = r.docNumberRaw;
            issuer = r.issuer;
            issuers = r.issuers;
            title = r.title;
            docType = r.docType;
            date = r.date;
            published = r.published;
            recipients = r.recipients;
            cc = r.cc;
            signatories = r.signatories;
            signer = r.signer;
            urgency = r.urgency;
            classification = r.classification;
            copyNumber = r.copyNumber;
            notes = r.notes;
            printer = r.printer;
            printDate = r.printDate;
            attachments = r.attachments;
            parts = r.parts;
            sections = r.sections;
            portal = r.portal;
            text = r.text;
            source = r.source;
            warnings = new ArrayList<>(r.warnings);
            entities = r.entities;
            commitments = r.commitments;
            observations = r.observations;
            corrections = r.corrections;
            otherSources = r.otherSources;
        }

        public Builder docNumber(String v) { docNumber = v; return this; }
        public Builder docNumberRaw(String v) { docNumberRaw = v; return this; }
        public Builder issuer(String v) { issuer = v; return this; }
        public Builder issuers(List<String> v) { issuers = v; return this; }
        public Builder title(String v) { title = v; return this; }
        public Builder docType(String v) { docType = v; return this; }
        public Builder date(String v) { date = v; return this; }
        public Builder published(String v) { published = v; return this; }
        public Builder recipients(List<String> v) { recipients = v; return this; }
        public Builder cc(List<String> v) { cc = v; return this; }
        public Builder signatories(List<Signatory> v) { signatories = v; return this; }
        public Builder signer(String v) { signer = v; return this; }
        public Builder urgency(String v) { urgency = v; return this; }
        public Builder classification(String v) { classification = v; return this; }
        public Builder copyNumber(String v) { copyNumber = v; return this; }
        public Builder notes(String v) { notes = v; return this; }
        public Builder printer(String v) { printer = v; return this; }
        public Builder printDate(String v) { printDate = v; return this; }
        public Builder attachments(List<Attachment> v) { attachments = v; return this; }
        public Builder parts(List<Part> v) { parts = v; return this; }
        public Builder sections(List<Section> v) { sections = v; return this; }
        public Builder portal(Map<String, String> v) { portal = v; return this; }
        public Builder text(String v) { text = v; return this; }
        public Builder source(SourceInfo v) { source = v; return this; }
        public Builder warnings(List<Problem> v) { warnings = new ArrayList<>(v); return this; }
        public Builder warning(Problem p) { warnings.add(p); return this; }
        public Builder entities(List<Entity> v) { entities = v; return this; }
        public Builder commitments(List<Commitment> v) { commitments = v; return this; }
        public Builder observations(List<Observation> v) { observations = v; return this; }
        public Builder corrections(List<Correction> v) { corrections = v; return this; }
        public Builder otherSources(List<SourceInfo> v) { otherSources = v; return this; }

        public DocumentRecord build() {
            return new DocumentRecord(schemaVersion, docNumber, docNumberRaw, issuer, issuers, title, docType, date,
                    published, recipients, cc, signatories, signer, urgency, classification, copyNumber, notes,
                    printer, printDate, attachments, parts, sections, portal, text, source, warnings, entities,
                    commitments, observations, corrections, otherSources);
        }
    }
}
