package org.paxmap.render.output;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.util.Matrix;

/** What a PDF page draws, counted by PDFBox's own content-stream engine (form XObjects included). */
public final class PdfContents extends PDFGraphicsStreamEngine {
    public int rectangles;
    public int moves;
    public int lines;
    public int curves;
    public int fills;
    public int strokes;
    /** The area in square points that each image covers on the page. */
    public final List<Double> imageAreas = new ArrayList<>();
    /** The width and height in pixels of each image drawn. */
    public final List<List<Integer>> imageSizes = new ArrayList<>();

    private final Point2D.Float current = new Point2D.Float();

    private PdfContents(PDPage page) {
        super(page);
    }

    public static PdfContents of(PDPage page) throws IOException {
        PdfContents contents = new PdfContents(page);
        contents.processPage(page);
        return contents;
    }

    /** The filters of every image stream in the document, one entry per embedded image. */
    public static List<List<COSName>> imageFilters(PDDocument document) {
        List<List<COSName>> images = new ArrayList<>();
        for (COSObject object : document.getDocument().getObjectsByType(COSName.XOBJECT)) {
            if (object.getObject() instanceof COSStream stream
                    && COSName.IMAGE.equals(stream.getCOSName(COSName.SUBTYPE))
                    && !stream.containsKey(COSName.SMASK_IN_DATA)) {
                List<COSName> filters = new ArrayList<>();
                COSBase filter = stream.getFilters();
                if (filter instanceof COSName name) {
                    filters.add(name);
                } else if (filter instanceof COSArray array) {
                    array.forEach(f -> filters.add((COSName) f));
                }
                images.add(filters);
            }
        }
        return images;
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        rectangles++;
    }

    @Override
    public void drawImage(PDImage pdImage) {
        Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
        imageAreas.add((double) Math.abs(ctm.getScalingFactorX() * ctm.getScalingFactorY()));
        imageSizes.add(List.of(pdImage.getWidth(), pdImage.getHeight()));
    }

    @Override
    public void clip(int windingRule) {}

    @Override
    public void moveTo(float x, float y) {
        moves++;
        current.setLocation(x, y);
    }

    @Override
    public void lineTo(float x, float y) {
        lines++;
        current.setLocation(x, y);
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        curves++;
        current.setLocation(x3, y3);
    }

    @Override
    public Point2D getCurrentPoint() {
        return current;
    }

    @Override
    public void closePath() {}

    @Override
    public void endPath() {}

    @Override
    public void strokePath() {
        strokes++;
    }

    @Override
    public void fillPath(int windingRule) {
        fills++;
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        fills++;
        strokes++;
    }

    @Override
    public void shadingFill(COSName shadingName) {}
}
