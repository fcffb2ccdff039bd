package org.gongwen;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The package rules of the stage layout: stages talk only through {@code model}; libraries stay in their stage. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.gongwen");
    }

    @Test
    void modelDependsOnNothingElse() {
        noClasses().that().resideInAPackage("org.gongwen.model..")
                .should().dependOnClassesThat().resideOutsideOfPackages("org.gongwen.model..", "java..")
                .check(classes);
    }

    @Test
    void stagesDoNotUseEachOther() {
        String[] stages = {"ingest", "normalize", "structure", "tag", "register", "site", "search"};
        for (String stage : stages) {
            for (String other : stages) {
                if (!stage.equals(other)) {
                    noClasses().that().resideInAPackage("org.gongwen." + stage + "..")
                            .should().dependOnClassesThat().resideInAPackage("org.gongwen." + other + "..")
                            .allowEmptyShould(true)
                            .check(classes);
                }
            }
        }
    }

    @Test
    void onlyCliUsesPipeline() {
        noClasses().that().resideOutsideOfPackages("org.gongwen.cli..", "org.gongwen.pipeline..")
                .should().dependOnClassesThat().resideInAPackage("org.gongwen.pipeline..")
                .check(classes);
    }

    @Test
    void documentReadingLibrariesStayInIngest() {
        noClasses().that().resideOutsideOfPackage("org.gongwen.ingest..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.pdfbox..", "org.apache.tika..",
                        "org.ofdrw..", "com.benjaminwan..", "io.github.mymonstercat..")
                .check(classes);
    }

    @Test
    void commonmarkStaysInSite() {
        noClasses().that().resideOutsideOfPackage("org.gongwen.site..")
                .should().dependOnClassesThat().resideInAPackage("org.commonmark..")
                .check(classes);
    }

    @Test
    void jsoupStaysInIngestAndSite() {
        noClasses().that().resideOutsideOfPackages("org.gongwen.ingest..", "org.gongwen.site..")
                .should().dependOnClassesThat().resideInAPackage("org.jsoup..")
                .check(classes);
    }
}
