package app.fiv.demo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static app.fiv.demo.TestXml.parse;
import static org.assertj.core.api.Assertions.assertThat;

/** Control characters in the demo's XML survive a conforming parser, or are replaced where XML 1.0 forbids them. */
class XmlControlCharactersTest {

    private static final String ODD = "a\tb\nc\rd\u0001e\u0007f\u001Bg 👩‍💻 é";

    @Test
    void tabLineFeedAndCarriageReturnReachTheReaderUnchanged() throws Exception {
        ObjectNode tree = Json.object().put("entity", "col1\tcol2\r\nline2");
        tree.putArray("row").add("x\ty\rz");

        Element root = parse(XmlTreeWriter.toXml("r", tree));

        assertThat(root.getAttribute("entity")).isEqualTo("col1\tcol2\r\nline2");
        assertThat(root.getElementsByTagName("row").item(0).getTextContent()).isEqualTo("x\ty\rz");
    }

    @Test
    void controlsThatXmlCannotCarryBecomeReplacementCharacters() throws Exception {
        byte[] xml = XmlTreeWriter.toXml("r", Json.object().put("entity", ODD));

        assertThat(parse(xml).getAttribute("entity")).isEqualTo("a\tb\nc\rd\uFFFDe\uFFFDf\uFFFDg 👩‍💻 é");
        assertThat(new String(xml, StandardCharsets.UTF_8))
                .contains("a&#9;b&#10;c&#13;d\uFFFDe")
                .doesNotContain("\u0001", "\t", "\n");
    }

    @Test
    void singleBytesAndArraysAreFilteredAlike() throws IOException {
        byte[] input = ODD.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream oneByOne = new ByteArrayOutputStream();
        ByteArrayOutputStream inOneGo = new ByteArrayOutputStream();
        try (XmlControlCharacters single = new XmlControlCharacters(oneByOne);
             XmlControlCharacters whole = new XmlControlCharacters(inOneGo)) {
            for (byte b : input) {
                single.write(b);
            }
            whole.write(input, 0, input.length);
        }

        assertThat(oneByOne.toString(StandardCharsets.UTF_8))
                .isEqualTo(inOneGo.toString(StandardCharsets.UTF_8))
                .isEqualTo("a&#9;b&#10;c&#13;d\uFFFDe\uFFFDf\uFFFDg 👩‍💻 é");
    }
}
