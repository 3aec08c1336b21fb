package dev.stepwise.engine.graph;

import dev.stepwise.engine.testsupport.Samples;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.engine.asl.parse.AslParser;
import dev.stepwise.engine.json.JsonFormat;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class GraphDrawingRenderTest {

    private static GraphDrawing order() throws Exception {
        return GraphDrawing.of(AslParser.parse(Samples.ORDER, JsonFormat.JSON));
    }

    private static Document parseSvg(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> attributes(Document svg, String element, String attribute) {
        NodeList nodes = svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", element);
        List<String> values = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            values.add(((Element) nodes.item(i)).getAttribute(attribute));
        }
        return values;
    }

    @Test
    void svgIsWellFormedSvg11WithABoxPerStateColouredByType() throws Exception {
        Document svg = parseSvg(SvgRenderer.render(order(), "Orders"));

        Element root = svg.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("svg");
        assertThat(root.getAttribute("version")).isEqualTo("1.1");
        assertThat(root.getAttribute("viewBox")).startsWith("0 0 ");
        assertThat(attributes(svg, "rect", "class")).contains("choice", "task", "fail", "succeed");
        List<String> classes = attributes(svg, "rect", "class");
        List<String> fills = attributes(svg, "rect", "fill");
        assertThat(fills.get(classes.indexOf("task"))).isNotEqualTo(fills.get(classes.indexOf("choice")));
    }

    @Test
    void svgDrawsLabelledEdgesWithArrowheadsAndStartAndEndMarkers() throws Exception {
        Document svg = parseSvg(SvgRenderer.render(order()));

        List<String> texts = new ArrayList<>();
        NodeList nodes = svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        assertThat(texts).contains("Check", "Charge", "Failed", "Done", "$.amount > 100.50", "Default",
                "Catch: States.ALL", "Lambda · Invoke · retry 1");
        // five edges (one from the start marker), each with an arrowhead; the catch edge is dashed and red
        assertThat(attributes(svg, "polyline", "marker-end")).filteredOn(v -> !v.isEmpty()).hasSize(5);
        assertThat(attributes(svg, "polyline", "stroke-dasharray")).filteredOn(v -> !v.isEmpty()).hasSize(1);
        assertThat(attributes(svg, "marker", "id")).containsExactlyInAnyOrder("arrow-5f6b7a", "arrow-cf2f3a");
        // the start dot, and a ring plus a dot under each of the two end states
        assertThat(attributes(svg, "circle", "r")).hasSize(5);
    }

    @Test
    void svgEscapesStateNamesAndDropsCharactersXmlCannotHold() throws Exception {
        String definition = """
                {"StartAt": "A <&> \\"B\\"", "States": {"A <&> \\"B\\"": {"Type": "Pass", "End": true}}}
                """;
        String svg = SvgRenderer.render(GraphDrawing.of(AslParser.parse(definition, JsonFormat.JSON)), "t\u0001");

        assertThat(parseSvg(svg).getDocumentElement().getTextContent()).contains("A <&> \"B\"");
    }

    @Test
    void pngIsTheSameDrawingPaintedAtTwiceItsSize() throws Exception {
        GraphDrawing drawing = order();

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(PngRenderer.render(drawing)));

        assertThat(image.getWidth()).isEqualTo((int) Math.ceil(drawing.width() * 2));
        assertThat(image.getHeight()).isEqualTo((int) Math.ceil(drawing.height() * 2));
        // not blank: the boxes are painted
        long coloured = 0;
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                if ((image.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
                    coloured++;
                }
            }
        }
        assertThat(coloured).isGreaterThan(100);
    }
}
