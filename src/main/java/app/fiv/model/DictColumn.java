package app.fiv.model;

/** A column of few distinct values: {@code values[codes[row]]}; code 0 is the blank cell. */
record DictColumn(char[] codes, String[] values) implements ColumnData {

    @Override
    public String get(int row) {
        return values[codes[row]];
    }
}
