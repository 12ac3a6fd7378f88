package org.wenping.query.dossier;

import org.junit.jupiter.api.Test;
import org.wenping.kernel.matter.MatterRegisteredEvent;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class MatterEventTypesTest {

    @Test
    void knowsEveryEventOfTheMatterPackage() throws IOException, URISyntaxException {
        assertThat(MatterEventTypes.ALL).extracting(Class::getSimpleName)
                .containsExactlyInAnyOrderElementsOf(eventClassesNextTo(MatterRegisteredEvent.class).stream()
                        .filter(name -> !name.equals("MatterEvent")).toList());
    }

    @Test
    void decodesAStoredPayloadAndLeavesAnUnknownTypeUndecoded() {
        var entry = StreamFixture.registered().entries().get(0);
        assertThat(MatterEventTypes.decode(entry.type(), entry.payload()))
                .contains(StreamFixture.registration(org.wenping.kernel.matter.Procedure.STANDARD));
        assertThat(MatterEventTypes.decode("InquiryOpenedEvent", entry.payload())).isEmpty();
    }

    /** The simple names of the *Event classes in the package of {@code anchor}, from a directory or a jar. */
    private static List<String> eventClassesNextTo(Class<?> anchor) throws IOException, URISyntaxException {
        URL url = anchor.getResource(anchor.getSimpleName() + ".class");
        if ("jar".equals(url.getProtocol())) {
            try (FileSystem jar = FileSystems.newFileSystem(url.toURI(), Map.of())) {
                return eventNames(jar.getPath(anchor.getPackageName().replace('.', '/')));
            }
        }
        return eventNames(Path.of(url.toURI()).getParent());
    }

    private static List<String> eventNames(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith("Event.class") && !name.contains("$"))
                    .map(name -> name.substring(0, name.length() - ".class".length()))
                    .toList();
        }
    }
}
