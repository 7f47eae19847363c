package io.tsumugi.metadata.plan;

import io.tsumugi.metadata.model.EntityDef;
import io.tsumugi.metadata.model.FieldDef;
import io.tsumugi.metadata.model.FieldOptions;
import io.tsumugi.metadata.model.FieldType;
import io.tsumugi.metadata.model.MetadataPackage;
import java.util.List;
import java.util.Objects;

/** Compares one field present in both packages (matched by stable id) and emits its changes. */
final class FieldDiff {

  private FieldDiff() {}

  static void diff(
      PlanBuilder out,
      MetadataPackage active,
      MetadataPackage proposed,
      EntityDef eb,
      EntityDef ea,
      FieldDef b,
      FieldDef a,
      String path) {
    String en = ea.name();
    String fn = a.name();
    if (!Objects.equals(b.name(), a.name())) {
      out.add(
          ChangeKind.RENAME_FIELD,
          Safety.SAFE,
          en,
          fn,
          eb,
          ea,
          b,
          a,
          b.name(),
          List.of(),
          "項目名を " + b.name() + " から " + fn + " に変更",
          "rename field " + b.name() + " to " + fn);
    }
    FieldOptions ob = b.options();
    FieldOptions oa = a.options();
    if (b.type() != a.type()) {
      TypeConversions.Verdict v = TypeConversions.classify(b.type(), a.type());
      if (v == TypeConversions.Verdict.REFUSED) {
        out.refuse(
            path + "/type",
            "plan.typeChangeRefused",
            en
                + "."
                + fn
                + " の型を "
                + b.type()
                + " から "
                + a.type()
                + " には変更できません。新しい項目を作ってデータを移してください。",
            "the type of "
                + en
                + "."
                + fn
                + " cannot change from "
                + b.type()
                + " to "
                + a.type()
                + "; add a new field and move the data instead.");
        return;
      }
      Safety s =
          switch (v) {
            case SAFE -> Safety.SAFE;
            case CHECK -> Safety.NEEDS_DATA_CHECK;
            default -> Safety.DESTRUCTIVE;
          };
      List<DataCheck> checks =
          switch (v) {
            case CHECK ->
                List.of(
                    b.type() == FieldType.MULTIPICKLIST
                        ? new DataCheck.RowsWithSeveralValues(en, fn)
                        : b.type() == FieldType.LONGTEXT && a.type() == FieldType.TEXT
                            ? new DataCheck.ValuesLongerThan(
                                en, fn, oa.effectiveMaxLength(FieldType.TEXT))
                            : new DataCheck.NonConvertibleValues(en, fn, b.type(), a.type()));
            case DROPS_DATA -> List.of(new DataCheck.NonNullValues(en, fn));
            default -> List.of();
          };
      out.add(
          ChangeKind.CHANGE_FIELD_TYPE,
          s,
          en,
          fn,
          eb,
          ea,
          b,
          a,
          b.type() + "->" + a.type(),
          checks,
          en + "." + fn + " の型を " + b.type() + " から " + a.type() + " に変更",
          "change the type of " + en + "." + fn + " from " + b.type() + " to " + a.type());
    } else if (a.isStored()) {
      Integer lb = ob.effectiveMaxLength(b.type());
      Integer la = oa.effectiveMaxLength(a.type());
      if (lb != null && la != null && !lb.equals(la)) {
        boolean shorter = la < lb;
        out.add(
            ChangeKind.CHANGE_FIELD_LENGTH,
            shorter ? Safety.NEEDS_DATA_CHECK : Safety.SAFE,
            en,
            fn,
            eb,
            ea,
            b,
            a,
            lb + "->" + la,
            shorter ? List.of(new DataCheck.ValuesLongerThan(en, fn, la)) : List.of(),
            en + "." + fn + " の最大長を " + lb + " から " + la + " 文字に変更",
            "change the maximum length of " + en + "." + fn + " from " + lb + " to " + la);
      }
      Integer pb = ob.effectivePrecision(b.type());
      Integer pa = oa.effectivePrecision(a.type());
      Integer sb = ob.effectiveScale(b.type());
      Integer sa = oa.effectiveScale(a.type());
      if (pb != null && pa != null && (!pb.equals(pa) || !sb.equals(sa))) {
        boolean narrower = pa - sa < pb - sb || sa < sb;
        out.add(
            ChangeKind.CHANGE_FIELD_PRECISION,
            narrower ? Safety.NEEDS_DATA_CHECK : Safety.SAFE,
            en,
            fn,
            eb,
            ea,
            b,
            a,
            pb + "," + sb + "->" + pa + "," + sa,
            narrower ? List.of(new DataCheck.ValuesOutsidePrecision(en, fn, pa, sa)) : List.of(),
            en + "." + fn + " の桁数を (" + pb + "," + sb + ") から (" + pa + "," + sa + ") に変更",
            "change the precision of "
                + en
                + "."
                + fn
                + " from ("
                + pb
                + ","
                + sb
                + ") to ("
                + pa
                + ","
                + sa
                + ")");
      }
    }
    if (b.required() != a.required()) {
      out.add(
          ChangeKind.CHANGE_FIELD_REQUIRED,
          a.required() ? Safety.NEEDS_DATA_CHECK : Safety.SAFE,
          en,
          fn,
          eb,
          ea,
          b,
          a,
          String.valueOf(a.required()),
          a.required() ? List.of(new DataCheck.NullValues(en, fn)) : List.of(),
          en + "." + fn + (a.required() ? " を必須に変更" : " を任意に変更"),
          (a.required() ? "make " : "make optional ")
              + en
              + "."
              + fn
              + (a.required() ? " required" : ""));
    }
    if (b.unique() != a.unique()) {
      out.add(
          ChangeKind.CHANGE_FIELD_UNIQUE,
          a.unique() ? Safety.NEEDS_DATA_CHECK : Safety.SAFE,
          en,
          fn,
          eb,
          ea,
          b,
          a,
          String.valueOf(a.unique()),
          a.unique() ? List.of(new DataCheck.DuplicateValues(en, fn)) : List.of(),
          en + "." + fn + (a.unique() ? " を一意に変更" : " の一意制約を解除"),
          (a.unique()
              ? "make " + en + "." + fn + " unique"
              : "drop the unique constraint of " + en + "." + fn));
    }
    if (!Objects.equals(b.defaultValue(), a.defaultValue())) {
      out.add(
          ChangeKind.CHANGE_FIELD_DEFAULT,
          Safety.SAFE,
          en,
          fn,
          eb,
          ea,
          b,
          a,
          String.valueOf(a.defaultValue()),
          List.of(),
          en + "." + fn + " の既定値を変更",
          "change the default of " + en + "." + fn);
    }
    if (b.isLookup() && a.isLookup()) {
      if (!Objects.equals(ob.target(), oa.target())) {
        out.refuse(
            path + "/options/target",
            "plan.lookupTargetChangeRefused",
            en
                + "."
                + fn
                + " の参照先を "
                + ob.target()
                + " から "
                + oa.target()
                + " には変更できません。新しい参照項目を作ってください。",
            "the target of "
                + en
                + "."
                + fn
                + " cannot change from "
                + ob.target()
                + " to "
                + oa.target()
                + "; add a new lookup instead.");
      } else if (ob.effectiveOnDelete() != oa.effectiveOnDelete()) {
        out.add(
            ChangeKind.CHANGE_FIELD_ON_DELETE,
            Safety.SAFE,
            en,
            fn,
            eb,
            ea,
            b,
            a,
            oa.effectiveOnDelete().jsonName(),
            List.of(),
            en + "." + fn + " の削除時の動作を " + oa.effectiveOnDelete().jsonName() + " に変更",
            "change on-delete of " + en + "." + fn + " to " + oa.effectiveOnDelete().jsonName());
      }
    }
    if (b.type().isPicklist() && a.type().isPicklist()) {
      PicklistDiff.diff(out, eb, ea, b, a, active.picklistValues(b), proposed.picklistValues(a));
    }
    if (!FieldMetadata.equal(b, a, active, proposed)) {
      out.add(
          ChangeKind.CHANGE_FIELD_METADATA,
          Safety.SAFE,
          en,
          fn,
          eb,
          ea,
          b,
          a,
          null,
          List.of(),
          en + "." + fn + " の表示・設定を変更",
          "change labels or settings of " + en + "." + fn);
    }
  }
}
