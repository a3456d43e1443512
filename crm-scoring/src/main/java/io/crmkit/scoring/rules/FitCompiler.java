package io.crmkit.scoring.rules;

import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Compiles a rule set's fit rules to bytecode: one hidden class per rule set (defined in this package, so it reads
 * the profile arrays directly, and unloaded with the scorer that holds it), whose {@link FitProgram#fit} finds each
 * tested attribute once in the profile's sorted ids (a merge walk, no search) and then tests that attribute's rules
 * as straight-line code with their constants inlined. It reads the value's cell ({@link Profile#cell}) first: a
 * number is compared with the range bounds as it is, and text is switched on by its hash code, so the text itself
 * is read only to confirm a constant with the same hash or to look for a substring. Flags, sets of text and
 * attributes with too many rules for a method the JIT compiles go back to the interpreter through
 * {@link FitProgram.Fallback}, so the generated code never disagrees with it.
 *
 * <p>Generated with ASM, the JDK-independent bytecode library (small, no dependencies of its own), because Java 17
 * has no public class-file API.
 */
final class FitCompiler {

    /** One attribute's rules, in rule-set order: the unit the generated code handles and the fallback evaluates. */
    record Group(int attributeId, List<FitRule> rules) {
    }

    /**
     * Bytecode budget of one generated method, below the 8,000 bytes above which HotSpot does not JIT-compile a
     * method; attributes are split over several methods to stay under it.
     */
    private static final int METHOD_BUDGET = 6_000;
    private static final String PROGRAM = Type.getInternalName(FitProgram.class);
    private static final String FALLBACK = Type.getInternalName(FitProgram.Fallback.class);
    private static final String NAME = PROGRAM.substring(0, PROGRAM.lastIndexOf('/') + 1) + "CompiledFit";
    private static final String FIT = "([I[J[Ljava/lang/Object;II)J";

    // locals of every generated method: this, ids, cells, values, from (the walk's index from then on), to, then ours
    private static final int IDS = 1;
    private static final int CELLS = 2;
    private static final int VALUES = 3;
    private static final int I = 4;
    private static final int N = 5;
    private static final int SUM = 6; // long: 6-7
    private static final int CELL = 8; // long: 8-9
    private static final int K = 10;
    private static final int D = 11; // double: 11-12

    private FitCompiler() {
    }

    /** The fit program for {@code groups} (sorted by attribute id), with {@code fallback} for what stays interpreted. */
    static FitProgram compile(List<Group> groups, FitProgram.Fallback fallback) {
        return HiddenClasses.instantiate(generate(groups), FitProgram.class, FitProgram.Fallback.class, fallback, "fit rules");
    }

    static byte[] generate(List<Group> groups) {
        ClassWriter cw = HiddenClasses.writer(NAME, FitProgram.class, FitProgram.Fallback.class);

        List<List<Integer>> chunks = chunks(groups);
        if (chunks.size() == 1) {
            emitChunk(cw, "fit", groups, chunks.get(0));
        } else {
            for (int c = 0; c < chunks.size(); c++) {
                emitChunk(cw, "fit" + c, groups, chunks.get(c));
            }
            MethodVisitor m = cw.visitMethod(0, "fit", FIT, null, null);
            m.visitCode();
            m.visitInsn(Opcodes.LCONST_0);
            for (int c = 0; c < chunks.size(); c++) {
                m.visitVarInsn(Opcodes.ALOAD, 0);
                m.visitVarInsn(Opcodes.ALOAD, IDS);
                m.visitVarInsn(Opcodes.ALOAD, CELLS);
                m.visitVarInsn(Opcodes.ALOAD, VALUES);
                m.visitVarInsn(Opcodes.ILOAD, I);
                m.visitVarInsn(Opcodes.ILOAD, N);
                m.visitMethodInsn(Opcodes.INVOKEVIRTUAL, NAME, "fit" + c, FIT, false);
                m.visitInsn(Opcodes.LADD);
            }
            m.visitInsn(Opcodes.LRETURN);
            m.visitMaxs(0, 0);
            m.visitEnd();
        }
        cw.visitEnd();
        return cw.toByteArray();
    }

    /** Groups split into methods that each stay under the budget; a group over the budget on its own is interpreted. */
    private static List<List<Integer>> chunks(List<Group> groups) {
        List<List<Integer>> chunks = new ArrayList<>();
        List<Integer> chunk = new ArrayList<>();
        int size = 0;
        for (int g = 0; g < groups.size(); g++) {
            int estimate = estimate(groups.get(g));
            int cost = estimate > METHOD_BUDGET / 2 ? 120 : estimate; // over half the budget: a lookup and a call
            if (!chunk.isEmpty() && size + cost > METHOD_BUDGET) {
                chunks.add(chunk);
                chunk = new ArrayList<>();
                size = 0;
            }
            chunk.add(g);
            size += cost;
        }
        chunks.add(chunk);
        return chunks;
    }

    /** A generous estimate of the bytecode one group takes. */
    private static int estimate(Group group) {
        int bytes = 120;
        for (FitRule rule : group.rules()) {
            bytes += 40;
            if (rule.condition() instanceof Condition.In in) {
                bytes += 40 * in.values().size();
            }
        }
        return bytes;
    }

    private static void emitChunk(ClassWriter cw, String name, List<Group> groups, List<Integer> chunk) {
        MethodVisitor m = cw.visitMethod(0, name, FIT, null, null);
        m.visitCode();
        m.visitInsn(Opcodes.LCONST_0);
        m.visitVarInsn(Opcodes.LSTORE, SUM);
        for (int g : chunk) {
            emitGroup(m, g, groups.get(g));
        }
        m.visitVarInsn(Opcodes.LLOAD, SUM);
        m.visitInsn(Opcodes.LRETURN);
        m.visitMaxs(0, 0);
        m.visitEnd();
    }

    /** Finds the group's attribute (advancing the walk) and adds the points of its rules that hold. */
    private static void emitGroup(MethodVisitor m, int index, Group group) {
        long missing = 0;
        long exists = 0;
        Map<String, Long> texts = new LinkedHashMap<>();
        List<Condition.Contains> contains = new ArrayList<>();
        List<Long> containsPoints = new ArrayList<>();
        List<Condition.Range> ranges = new ArrayList<>();
        List<Long> rangePoints = new ArrayList<>();
        for (FitRule rule : group.rules()) {
            long points = rule.points() * 100L;
            Condition c = rule.condition();
            if (c instanceof Condition.Equals e) {
                texts.merge(e.value(), points, Long::sum);
            } else if (c instanceof Condition.In in) {
                in.values().stream().sorted().forEach(v -> texts.merge(v, points, Long::sum));
            } else if (c instanceof Condition.Range r) {
                ranges.add(r);
                rangePoints.add(points);
            } else if (c instanceof Condition.Contains ct) {
                contains.add(ct);
                containsPoints.add(points);
            } else if (c instanceof Condition.Exists) {
                exists += points;
            } else {
                missing += points;
            }
        }
        boolean interpreted = estimate(group) > METHOD_BUDGET / 2;

        Label loop = new Label();
        Label compare = new Label();
        Label absent = new Label();
        Label end = new Label();
        // while (i < n && ids[i] < attribute) i++;
        m.visitLabel(loop);
        m.visitVarInsn(Opcodes.ILOAD, I);
        m.visitVarInsn(Opcodes.ILOAD, N);
        m.visitJumpInsn(Opcodes.IF_ICMPGE, absent);
        m.visitVarInsn(Opcodes.ALOAD, IDS);
        m.visitVarInsn(Opcodes.ILOAD, I);
        m.visitInsn(Opcodes.IALOAD);
        m.visitLdcInsn(group.attributeId());
        m.visitJumpInsn(Opcodes.IF_ICMPGE, compare);
        m.visitIincInsn(I, 1);
        m.visitJumpInsn(Opcodes.GOTO, loop);
        // if (ids[i] != attribute) absent; else { k = i++; cell = cells[k]; }
        m.visitLabel(compare);
        m.visitVarInsn(Opcodes.ALOAD, IDS);
        m.visitVarInsn(Opcodes.ILOAD, I);
        m.visitInsn(Opcodes.IALOAD);
        m.visitLdcInsn(group.attributeId());
        m.visitJumpInsn(Opcodes.IF_ICMPNE, absent);
        m.visitVarInsn(Opcodes.ILOAD, I);
        m.visitVarInsn(Opcodes.ISTORE, K);
        m.visitVarInsn(Opcodes.ALOAD, CELLS);
        m.visitVarInsn(Opcodes.ILOAD, K);
        m.visitInsn(Opcodes.LALOAD);
        m.visitVarInsn(Opcodes.LSTORE, CELL);
        m.visitIincInsn(I, 1);

        Label other = new Label();
        Label holds = new Label(); // the value is inline-handled: add the exists points
        if (!interpreted && texts.isEmpty() && contains.isEmpty() && ranges.isEmpty()) {
            m.visitJumpInsn(Opcodes.GOTO, holds); // only exists and missing: any value will do
        }
        if (!interpreted && (!texts.isEmpty() || !contains.isEmpty())) {
            // if ((int) (cell >>> 32) == TEXT_TAG): text, whose hash code is (int) cell
            Label notText = new Label();
            m.visitVarInsn(Opcodes.LLOAD, CELL);
            m.visitIntInsn(Opcodes.BIPUSH, 32);
            m.visitInsn(Opcodes.LUSHR);
            m.visitInsn(Opcodes.L2I);
            m.visitLdcInsn(Profile.TEXT_TAG);
            m.visitJumpInsn(Opcodes.IF_ICMPNE, notText);
            emitTexts(m, texts);
            for (int k = 0; k < contains.size(); k++) {
                Label skip = new Label();
                loadValue(m);
                m.visitTypeInsn(Opcodes.CHECKCAST, "java/lang/String");
                m.visitLdcInsn(contains.get(k).text());
                m.visitMethodInsn(Opcodes.INVOKEVIRTUAL, "java/lang/String", "contains", "(Ljava/lang/CharSequence;)Z", false);
                m.visitJumpInsn(Opcodes.IFEQ, skip);
                add(m, containsPoints.get(k));
                m.visitLabel(skip);
            }
            m.visitJumpInsn(Opcodes.GOTO, holds);
            m.visitLabel(notText);
        }
        if (!interpreted && !ranges.isEmpty()) {
            // if ((cell & NOT_A_NUMBER) != NOT_A_NUMBER): a number, whose bits the cell is
            m.visitVarInsn(Opcodes.LLOAD, CELL);
            m.visitLdcInsn(Profile.NOT_A_NUMBER);
            m.visitInsn(Opcodes.LAND);
            m.visitLdcInsn(Profile.NOT_A_NUMBER);
            m.visitInsn(Opcodes.LCMP);
            m.visitJumpInsn(Opcodes.IFEQ, other);
            m.visitVarInsn(Opcodes.LLOAD, CELL);
            m.visitMethodInsn(Opcodes.INVOKESTATIC, "java/lang/Double", "longBitsToDouble", "(J)D", false);
            m.visitVarInsn(Opcodes.DSTORE, D);
            for (int k = 0; k < ranges.size(); k++) {
                Label skip = new Label();
                // d >= min && d < max, false for NaN like the interpreter
                m.visitVarInsn(Opcodes.DLOAD, D);
                m.visitLdcInsn(ranges.get(k).min());
                m.visitInsn(Opcodes.DCMPL);
                m.visitJumpInsn(Opcodes.IFLT, skip);
                m.visitVarInsn(Opcodes.DLOAD, D);
                m.visitLdcInsn(ranges.get(k).max());
                m.visitInsn(Opcodes.DCMPG);
                m.visitJumpInsn(Opcodes.IFGE, skip);
                add(m, rangePoints.get(k));
                m.visitLabel(skip);
            }
            m.visitJumpInsn(Opcodes.GOTO, holds);
        }
        // anything else: the interpreter, for this attribute's rules (including exists)
        m.visitLabel(other);
        m.visitVarInsn(Opcodes.LLOAD, SUM);
        m.visitVarInsn(Opcodes.ALOAD, 0);
        m.visitFieldInsn(Opcodes.GETFIELD, PROGRAM, "fallback", "L" + FALLBACK + ";");
        m.visitLdcInsn(index);
        loadValue(m);
        m.visitMethodInsn(Opcodes.INVOKEINTERFACE, FALLBACK, "group", "(ILjava/lang/Object;)J", true);
        m.visitInsn(Opcodes.LADD);
        m.visitVarInsn(Opcodes.LSTORE, SUM);
        m.visitJumpInsn(Opcodes.GOTO, end);

        m.visitLabel(holds);
        if (exists != 0) {
            add(m, exists);
        }
        m.visitJumpInsn(Opcodes.GOTO, end);

        m.visitLabel(absent);
        if (missing != 0) {
            add(m, missing);
        }
        m.visitLabel(end);
    }

    /** Pushes values[k]. */
    private static void loadValue(MethodVisitor m) {
        m.visitVarInsn(Opcodes.ALOAD, VALUES);
        m.visitVarInsn(Opcodes.ILOAD, K);
        m.visitInsn(Opcodes.AALOAD);
    }

    /**
     * Adds the points of the (equals and in) text constants the value equals: at most one constant can match. A
     * switch on the hash code in the cell picks the only constants that can; the text itself is read only to confirm
     * one of them, so a value matching no constant is decided without reading it.
     */
    private static void emitTexts(MethodVisitor m, Map<String, Long> texts) {
        if (texts.isEmpty()) {
            return;
        }
        Label done = new Label();
        TreeMap<Integer, List<String>> byHash = new TreeMap<>();
        texts.keySet().forEach(t -> byHash.computeIfAbsent(t.hashCode(), h -> new ArrayList<>()).add(t));
        int[] keys = byHash.keySet().stream().mapToInt(Integer::intValue).toArray();
        Label[] cases = new Label[keys.length];
        for (int k = 0; k < keys.length; k++) {
            cases[k] = new Label();
        }
        m.visitVarInsn(Opcodes.LLOAD, CELL);
        m.visitInsn(Opcodes.L2I);
        m.visitLookupSwitchInsn(done, keys, cases);
        for (int k = 0; k < keys.length; k++) {
            m.visitLabel(cases[k]);
            for (String t : byHash.get(keys[k])) {
                emitEquals(m, t, texts.get(t), done);
            }
            m.visitJumpInsn(Opcodes.GOTO, done);
        }
        m.visitLabel(done);
    }

    /** if (constant.equals(values[k])) { sum += points; goto done; } */
    private static void emitEquals(MethodVisitor m, String constant, long points, Label done) {
        Label next = new Label();
        m.visitLdcInsn(constant);
        loadValue(m);
        m.visitMethodInsn(Opcodes.INVOKEVIRTUAL, "java/lang/String", "equals", "(Ljava/lang/Object;)Z", false);
        m.visitJumpInsn(Opcodes.IFEQ, next);
        if (points != 0) {
            add(m, points);
        }
        m.visitJumpInsn(Opcodes.GOTO, done);
        m.visitLabel(next);
    }

    private static void add(MethodVisitor m, long points) {
        m.visitVarInsn(Opcodes.LLOAD, SUM);
        m.visitLdcInsn(points);
        m.visitInsn(Opcodes.LADD);
        m.visitVarInsn(Opcodes.LSTORE, SUM);
    }
}
