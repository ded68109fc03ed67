package cn.duban.reports;

import java.util.List;

/**
 * One official document in both of the formats Duban keeps it in, written from the same blocks
 * at the same moment: the .docx an office edits and prints, and the OFD (GB/T 33190) that
 * government document systems archive and exchange.
 */
public record OfficialDocument(byte[] docx, byte[] ofd) {

    public static final String DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    /** The media type OFD readers and government document systems use for OFD. */
    public static final String OFD_TYPE = "application/ofd";

    public static OfficialDocument of(List<OfficialDocx.Block> blocks) {
        return new OfficialDocument(OfficialDocx.write(blocks), OfficialOfd.write(blocks));
    }
}
