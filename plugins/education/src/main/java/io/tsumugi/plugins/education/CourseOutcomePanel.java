package io.tsumugi.plugins.education;

import io.tsumugi.api.LocalizedMessage;
import io.tsumugi.api.PluginContext;
import io.tsumugi.api.PluginMessages;
import io.tsumugi.api.extension.DetailPanel;
import io.tsumugi.api.extension.PanelContent;
import io.tsumugi.api.record.RecordFilter;
import io.tsumugi.api.record.RecordQuery;
import io.tsumugi.api.record.RecordView;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.pf4j.Extension;

/** On a course's page: the later paths of its students, per destination, with the pass rate. */
@Extension
public class CourseOutcomePanel implements DetailPanel {

  private final PluginContext context;

  /** Built by the platform with the plugin's context. */
  public CourseOutcomePanel(PluginContext context) {
    this.context = context;
  }

  @Override
  public String id() {
    return "course_outcomes";
  }

  @Override
  public LocalizedMessage label() {
    return context.messages().get("panel.title");
  }

  @Override
  public boolean appliesTo(String entity) {
    return entity.equals(Education.COURSE);
  }

  @Override
  public PanelContent render(RecordView course) {
    Set<String> students = new LinkedHashSet<>();
    List<RecordView> paths = new ArrayList<>();
    if (course.id().isPresent()) {
      RecordQuery enrollments =
          RecordQuery.of(Education.ENROLLMENT, RecordFilter.eq("course", course.id().get()))
              .limitedTo(RecordQuery.MAX_LIMIT);
      for (RecordView e : context.queries().list(enrollments)) {
        e.value("student").ifPresent(s -> students.add(s.toString()));
      }
      if (!students.isEmpty()) {
        paths =
            context
                .queries()
                .list(
                    RecordQuery.of(
                            Education.CAREER_PATH,
                            new RecordFilter(
                                "student", RecordFilter.Operator.IN, List.copyOf(students)))
                        .limitedTo(RecordQuery.MAX_LIMIT));
      }
    }
    PluginMessages m = context.messages();
    List<PanelContent.Row> rows = new ArrayList<>();
    for (CourseOutcomes.Line line : CourseOutcomes.summarise(students, paths)) {
      rows.add(
          new PanelContent.Row(
              List.of(
                  line.destinationType(),
                  String.valueOf(line.students()),
                  String.valueOf(line.passed()),
                  line.ratePercent() + "%"),
              null,
              null));
    }
    return new PanelContent(
        m.get("panel.title"),
        List.of(
            m.get("col.destination"),
            m.get("col.students"),
            m.get("col.passed"),
            m.get("col.rate")),
        rows,
        m.get("panel.empty"));
  }
}
