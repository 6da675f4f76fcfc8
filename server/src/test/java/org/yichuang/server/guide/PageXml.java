package org.yichuang.server.guide;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * A rendered page parsed with the JDK's XML parser. The pages are written to be well-formed XML as well as HTML,
 * so a parse failure means broken markup, and the element tree shows exactly what the browser will build.
 */
final class PageXml {
    private final Document doc;

    private PageXml(Document doc) {
        this.doc = doc;
    }

    static PageXml parse(String page) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            var builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return new PageXml(builder.parse(new InputSource(new StringReader(page))));
        } catch (ParserConfigurationException | IOException e) {
            throw new IllegalStateException(e);
        } catch (SAXException e) {
            throw new AssertionError("page is not well-formed: " + e.getMessage() + "\n" + page, e);
        }
    }

    /** Elements matching the XPath expression, in document order. */
    List<Element> all(String xpath) {
        try {
            NodeList nodes = (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, doc,
                    XPathConstants.NODESET);
            List<Element> out = new ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                out.add((Element) nodes.item(i));
            }
            return out;
        } catch (XPathExpressionException e) {
            throw new IllegalArgumentException(xpath, e);
        }
    }

    /** Text content of each matching element. */
    List<String> texts(String xpath) {
        return all(xpath).stream().map(Element::getTextContent).toList();
    }

    /** Text of the only matching element. */
    String text(String xpath) {
        List<String> texts = texts(xpath);
        if (texts.size() != 1) {
            throw new AssertionError(texts.size() + " elements match " + xpath + ": " + texts);
        }
        return texts.get(0);
    }

    /** Every element name in the page. */
    Set<String> elementNames() {
        Set<String> names = new TreeSet<>();
        all("//*").forEach(e -> names.add(e.getTagName()));
        return names;
    }

    /** XPath test for one class among several: {@code tr[cls('deferrable')]} is not XPath 1, so build it. */
    static String cls(String name) {
        return "contains(concat(' ', normalize-space(@class), ' '), ' " + name + " ')";
    }
}
