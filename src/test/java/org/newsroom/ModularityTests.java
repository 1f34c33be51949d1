package org.newsroom;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import net.sourceforge.plantuml.FileFormat;
import net.sourceforge.plantuml.FileFormatOption;
import net.sourceforge.plantuml.SourceStringReader;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.modulith.docs.Documenter.DiagramOptions;
import org.springframework.modulith.docs.Documenter.DiagramOptions.DiagramStyle;

/**
 * The modules' boundaries in Java. Each module's {@code package-info.java} declares the modules it may depend on
 * ({@code @ApplicationModule(allowedDependencies = …)}); {@link ApplicationModules#verify()} fails on any other
 * dependency, on a cycle, and on any use of another module's internals. {@link SqlBoundariesTest} holds the same
 * boundaries in SQL.
 */
class ModularityTests {

    /** Where the generated diagrams go; {@code docs/architecture.md} shows them, and they are committed. */
    static final Path DIAGRAMS = Path.of("docs", "modules");

    private final ApplicationModules modules = ApplicationModules.of(NewsroomApplication.class);

    @Test
    void modulesDependOnlyOnWhatTheyDeclareThroughEachOthersPublicApiAndHaveNoCycles() {
        modules.verify();
    }

    /**
     * Writes the diagram of all modules, and one per module with the modules it uses, as PlantUML, from the model that
     * {@link #modulesDependOnlyOnWhatTheyDeclareThroughEachOthersPublicApiAndHaveNoCycles} checks, and the diagram of
     * all modules as SVG for the docs: a diagram that no longer matches the code shows as a change to commit.
     * PlantUML's own layout engine (smetana) draws it, so no Graphviz is needed.
     */
    @Test
    void writesTheModuleDiagramsIntoDocs() throws IOException {
        DiagramOptions uml = DiagramOptions.defaults().withStyle(DiagramStyle.UML);
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(DIAGRAMS.toString()))
                .writeModulesAsPlantUml(uml)
                .writeIndividualModulesAsPlantUml(uml);
        try (Stream<Path> diagrams = Files.list(DIAGRAMS)) {
            for (Path diagram :
                    diagrams.filter(p -> p.toString().endsWith(".puml")).toList()) {
                Files.writeString(diagram, inStableOrder(Files.readString(diagram, StandardCharsets.UTF_8)));
            }
        }

        String overview = Files.readString(DIAGRAMS.resolve("components.puml"), StandardCharsets.UTF_8)
                .replaceFirst("@startuml", "@startuml\n!pragma layout smetana");
        try (OutputStream svg = Files.newOutputStream(DIAGRAMS.resolve("components.svg"))) {
            new SourceStringReader(overview).outputImage(svg, new FileFormatOption(FileFormat.SVG));
        }
    }

    /**
     * The Documenter lists modules and their relationships in no fixed order, so that the same code would give another
     * file on every run: each run of consecutive component or relationship lines is sorted.
     */
    static String inStableOrder(String plantUml) {
        List<String> lines = plantUml.lines().toList();
        List<String> out = new ArrayList<>();
        List<String> run = new ArrayList<>();
        String runKind = null;
        for (String line : lines) {
            String kind = line.contains(" --> ")
                    ? "relationship"
                    : line.strip().startsWith("component ") ? "component" : null;
            if (!Objects.equals(kind, runKind) || kind == null) {
                run.sort(null);
                out.addAll(run);
                run.clear();
            }
            runKind = kind;
            if (kind == null) {
                out.add(line);
            } else {
                run.add(line);
            }
        }
        run.sort(null);
        out.addAll(run);
        return String.join("\n", out) + "\n";
    }
}
