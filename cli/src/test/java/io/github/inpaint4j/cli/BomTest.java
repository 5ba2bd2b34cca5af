package io.github.inpaint4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.inpaint4j.LibraryVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * inpaint4j-bom, which has no parent (so that importing it pins only inpaint4j's artifacts), keeps
 * up with the build by hand: it must carry the library's version and manage every published module
 * (those whose POM does not set {@code maven.deploy.skip}: the examples and the benchmarks are not
 * published).
 */
class BomTest {

    /** The repository: tests run in the cli folder. */
    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();

    @Test
    void theBomManagesEveryModuleAtTheLibraryVersion() throws Exception {
        assertTrue(Files.isRegularFile(ROOT.resolve("bom/pom.xml")), "bom/pom.xml under " + ROOT);
        Element bom = read(ROOT.resolve("bom/pom.xml"));
        assertEquals(LibraryVersion.get(), child(bom, "version").getTextContent());
        List<String> modules = new ArrayList<>();
        for (Element module : children(child(read(ROOT.resolve("pom.xml")), "modules"), "module")) {
            Element pom = read(ROOT.resolve(module.getTextContent()).resolve("pom.xml"));
            String artifact = child(pom, "artifactId").getTextContent();
            if (!artifact.equals("inpaint4j-bom") && !skipsDeploy(pom)) {
                modules.add(artifact);
            }
        }
        List<String> managed = new ArrayList<>();
        for (Element dependency : children(child(child(bom, "dependencyManagement"), "dependencies"), "dependency")) {
            assertEquals("io.github.inpaint4j", child(dependency, "groupId").getTextContent());
            assertEquals("${project.version}", child(dependency, "version").getTextContent());
            managed.add(child(dependency, "artifactId").getTextContent());
        }
        assertEquals(modules, managed);
    }

    private static boolean skipsDeploy(Element pom) {
        List<Element> properties = children(pom, "properties");
        return !properties.isEmpty() && children(properties.get(0), "maven.deploy.skip").stream()
                .anyMatch(e -> e.getTextContent().equals("true"));
    }

    private static Element read(Path pom) throws Exception {
        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile());
        return document.getDocumentElement();
    }

    private static Element child(Element parent, String name) {
        List<Element> found = children(parent, name);
        assertEquals(1, found.size(), "one <" + name + "> in <" + parent.getTagName() + ">");
        return found.get(0);
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i).getNodeType() == Node.ELEMENT_NODE && nodes.item(i).getNodeName().equals(name)) {
                found.add((Element) nodes.item(i));
            }
        }
        return found;
    }
}
