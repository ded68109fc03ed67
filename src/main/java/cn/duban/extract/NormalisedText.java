package cn.duban.extract;

/**
 * The reader's working text: Simplified, glosses and boilerplate removed, white space folded.
 * {@code sourceOffset[i]} is where character {@code i} stood in the original text, so every
 * record can point back at the words a user uploaded.
 */
public record NormalisedText(String text, int[] sourceOffset, int sourceLength) {

    /** Offset in the original text of normalised position {@code i} (an end position maps past its last character). */
    public int toSource(int i) {
        if (i <= 0) {
            return sourceOffset.length == 0 ? 0 : sourceOffset[0];
        }
        if (i >= sourceOffset.length) {
            return sourceOffset.length == 0 ? sourceLength : sourceOffset[sourceOffset.length - 1] + 1;
        }
        return sourceOffset[i];
    }

    public int sourceEnd(int end) {
        return end <= 0 ? toSource(0) : toSource(end - 1) + 1;
    }
}
