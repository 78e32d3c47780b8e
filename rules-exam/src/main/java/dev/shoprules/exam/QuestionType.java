package dev.shoprules.exam;

/** The kinds of exam question, in the order a paper prints them. */
public enum QuestionType {
    /** One correct option among several; the distractors are the engine's answers to typical mistakes. */
    SINGLE_CHOICE("单选题"),
    /** Statements, each a scenario of its own; the correct ones are those the engine decides are true. */
    MULTIPLE_CHOICE("多选题"),
    /** One scenario and a yes/no reading of the verdict (does a rule fire, is a deadline passed…). */
    TRUE_FALSE("判断题"),
    /** One value to write down (an amount, points, hours). */
    FILL_IN("填空题");

    private final String chineseName;

    QuestionType(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }

    /** Whether the options are shown with letters (A, B, C…) and answered by letter. */
    public boolean lettered() {
        return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
    }
}
