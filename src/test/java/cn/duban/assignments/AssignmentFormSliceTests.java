package cn.duban.assignments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.duban.audit.Refusals;
import cn.duban.ledger.Tasks;
import cn.duban.org.Organisation;
import cn.duban.org.OrganisationKind;
import cn.duban.org.Organisations;
import cn.duban.progress.Dashboards;
import cn.duban.security.CurrentScope;
import cn.duban.security.DubanUser;
import cn.duban.security.Role;
import cn.duban.security.Roles;
import jakarta.servlet.Filter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The paperwork's forms as the web layer alone binds and redraws them (issue 24: a slice, not the whole
 * application): a record bound through its constructor, Bean Validation's messages beside their fields, a value
 * that does not read answered in Chinese, what was typed drawn again — and the service never asked, so nothing
 * can have been written. What the services decide (the database, the area, the steps) stays in
 * {@link AssignmentFlowTests}, against PostgreSQL.
 */
@WebMvcTest(controllers = {AssignmentController.class,
        AssignmentApi.class}, excludeFilters = @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE, classes = Filter.class))
@Import(Roles.class)
@WithMockUser(roles = "SUPERVISOR")
class AssignmentFormSliceTests {

    private static final long COUNTY = 1;
    private static final long TOWN = 2;

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Assignments assignments;
    @MockitoBean
    Instructions instructions;
    @MockitoBean
    Extensions extensions;
    @MockitoBean
    CurrentScope scope;
    @MockitoBean
    Organisations organisations;
    @MockitoBean
    Tasks tasks;
    @MockitoBean
    Dashboards dashboards;
    @MockitoBean
    Refusals refusals;

    @BeforeEach
    void office() {
        DubanUser user = mock(DubanUser.class);
        when(user.role()).thenReturn(Role.SUPERVISOR);
        when(scope.user()).thenReturn(user);
        when(scope.area()).thenReturn(COUNTY);
        when(scope.units()).thenReturn(Set.of(COUNTY, TOWN));
        when(organisations.subtree(COUNTY)).thenReturn(Set.of(COUNTY, TOWN));
        when(organisations.within(any())).thenReturn(List.of(new Organisation(TOWN, "甲镇", OrganisationKind.TOWNSHIP, COUNTY)));
    }

    /** Moved here from AssignmentFlowTests (it checked binding and redisplay against the whole application). */
    @Test
    void aRefusedAssignmentIsDrawnAgainAsTypedWithEachMessageBesideItsField() throws Exception {
        MockHttpServletResponse page = mvc.perform(post("/assignments").with(csrf())
                .param("matter", "").param("basis", "县委常委会议定事项").param("leadOrgId", String.valueOf(TOWN))
                .param("deadline", "2026-02-01").param("requirement", "每周报送一次进展，月底前完成")).andReturn().getResponse();

        assertThat(page.getStatus()).isEqualTo(422);
        String html = page.getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("请填写交办事项", "办理时限不能早于今天", "县委常委会议定事项", "每周报送一次进展，月底前完成",
                "value=\"2026-02-01\"");
        assertThat(html).containsPattern("<option value=\"" + TOWN + "\" selected=\"selected\"");
        verify(assignments, never()).issue(anyLong(), any(), any(), any());
    }

    @Test
    void aDateThatDoesNotReadIsAnsweredInChineseBesideItsFieldAndKeptAsTyped() throws Exception {
        MockHttpServletResponse page = mvc.perform(post("/assignments").with(csrf())
                .param("matter", "推进污水管网改造").param("leadOrgId", String.valueOf(TOWN))
                .param("deadline", "2026-02-30")).andReturn().getResponse();

        assertThat(page.getStatus()).isEqualTo(422);
        String html = page.getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("日期应为 年-月-日", "value=\"2026-02-30\"", "推进污水管网改造");
        verify(assignments, never()).issue(anyLong(), any(), any(), any());
    }

    @Test
    void aValidFormReachesTheServiceAsOneRecordWithEveryFieldBound() throws Exception {
        LocalDate deadline = LocalDate.now().plusDays(30);
        when(assignments.issue(eq(COUNTY), any(), any(), any())).thenReturn(7L);

        MockHttpServletResponse page = mvc.perform(post("/assignments").with(csrf())
                .param("matter", "推进污水管网改造").param("basis", "").param("leadOrgId", String.valueOf(TOWN))
                .param("coUnitIds", "3", "4").param("deadline", deadline.toString())).andReturn().getResponse();

        assertThat(page.getStatus()).isEqualTo(302);
        assertThat(page.getRedirectedUrl()).isEqualTo("/assignments/7");
        verify(assignments).issue(eq(COUNTY), eq(null),
                eq(new Forms.AssignmentForm("推进污水管网改造", "", TOWN, List.of(3L, 4L), deadline, "")), any());
    }

    /** The API's refusal of the same form is a ProblemDetail naming each field (moved from AssignmentFlowTests). */
    @Test
    void theApiNamesEachRefusedFieldInAProblemDetail() throws Exception {
        MockHttpServletResponse api = mvc.perform(post("/api/assignments").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"matter\":\"\",\"deadline\":\"2026-02-01\"}")).andReturn().getResponse();

        assertThat(api.getStatus()).isEqualTo(400);
        assertThat(api.getContentType()).contains("application/problem+json");
        assertThat(api.getContentAsString(StandardCharsets.UTF_8)).contains("\"matter\":\"请填写交办事项\"", "\"leadOrgId\":\"请选择牵头单位\"",
                "\"deadline\":\"办理时限不能早于今天\"");
        verifyNoInteractions(assignments);
    }

    /** A leader's empty 批示 is drawn again with its subject kept (moved from AssignmentFlowTests). */
    @Test
    @WithMockUser(roles = "LEADER")
    void anEmptyInstructionIsDrawnAgainWithItsSubject() throws Exception {
        when(instructions.subjectTitle("TASK", 11L, COUNTY)).thenReturn(Optional.of("农村人居环境整治"));
        when(instructions.on(eq("TASK"), anyLong(), eq(COUNTY))).thenReturn(List.of());

        MockHttpServletResponse instruct = mvc.perform(post("/instructions").with(csrf())
                .param("subjectKind", "TASK").param("subjectId", "11").param("text", " ")).andReturn().getResponse();

        assertThat(instruct.getStatus()).isEqualTo(422);
        assertThat(instruct.getContentAsString(StandardCharsets.UTF_8)).contains("请填写批示内容", "农村人居环境整治");
        verify(instructions).subjectTitle("TASK", 11L, COUNTY);
        verify(instructions, never()).write(any(), any(), anyLong());
    }

    /**
     * A 延期申请 with a date that does not read: the reason beside the date, the task still chosen, the reason as
     * typed. (A record is built only from values that read, so a value that does not read is answered before the
     * form's other rules: an empty reason is named on the next submit — see the next test.)
     */
    @Test
    @WithMockUser(roles = "LIAISON")
    void aRefusedExtensionKeepsItsTask() throws Exception {
        DubanUser liaison = mock(DubanUser.class);
        when(liaison.role()).thenReturn(Role.LIAISON);
        when(scope.user()).thenReturn(liaison);
        when(extensions.tasksLedBy(any())).thenReturn(List.of(new Extensions.TaskChoice(21L, "污水处理厂建设", LocalDate.of(2026, 6, 30))));

        MockHttpServletResponse page = mvc.perform(post("/extensions").with(csrf())
                .param("taskId", "21").param("reason", "雨季停工两个月").param("proposed", "明年")).andReturn().getResponse();

        assertThat(page.getStatus()).isEqualTo(422);
        String html = page.getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("日期应为 年-月-日", "value=\"明年\"", "雨季停工两个月");
        assertThat(html).containsPattern("<option value=\"21\" selected=\"selected\"");
        verify(extensions, never()).apply(any(), any(), any());

        MockHttpServletResponse noReason = mvc.perform(post("/extensions").with(csrf())
                .param("taskId", "21").param("reason", " ").param("proposed", "2999-01-31")).andReturn().getResponse();
        assertThat(noReason.getStatus()).isEqualTo(422);
        assertThat(noReason.getContentAsString(StandardCharsets.UTF_8)).contains("请填写延期理由", "value=\"2999-01-31\"");
        verify(extensions, never()).apply(any(), any(), any());
    }
}
