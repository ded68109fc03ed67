package cn.duban.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import cn.duban.audit.Refusals;
import cn.duban.org.Organisation;
import cn.duban.org.OrganisationKind;
import cn.duban.org.Organisations;
import cn.duban.security.Roles;
import cn.duban.time.CountyTime;
import jakarta.servlet.Filter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The 督查 form as the web layer alone binds and redraws it (issue 24: a slice): a multipart record with a file,
 * two multi-selects and a box; a refused file or a value that does not read draws the form again as typed, the
 * chosen units and tasks still chosen, and nothing reaches the service that records. What the service decides
 * (repeat visits, the area's units) stays in {@link SupervisionTests}, against PostgreSQL.
 */
@WebMvcTest(controllers = SupervisionController.class, excludeFilters = @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE, classes = Filter.class))
@Import(Roles.class)
@WithMockUser(roles = "SUPERVISOR")
class InspectionFormSliceTests {

    private static final long COUNTY = 1;
    private static final long TOWN = 2;
    private static final long TASK = 31;

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Inspections inspections;
    @MockitoBean
    Rectifications rectifications;
    @MockitoBean
    MeetingActions actions;
    @MockitoBean
    Problems problems;
    @MockitoBean
    SupervisionAccess access;
    @MockitoBean
    Organisations organisations;
    @MockitoBean
    CountyTime time;
    @MockitoBean
    Refusals refusals;

    @BeforeEach
    void office() {
        when(time.today()).thenReturn(LocalDate.of(2026, 11, 24));
        when(access.area()).thenReturn(COUNTY);
        when(access.units()).thenReturn(Set.of(COUNTY, TOWN));
        when(access.isOffice()).thenReturn(true);
        when(organisations.within(any())).thenReturn(List.of(new Organisation(TOWN, "甲镇", OrganisationKind.TOWNSHIP, COUNTY)));
        when(inspections.taskChoices(COUNTY, 2026)).thenReturn(List.of(new Inspections.TaskChoice(TASK, "污水处理厂建设", "甲镇")));
    }

    /** Moved here from SupervisionTests (it checked the form's redisplay against the whole application). */
    @Test
    void aRefusedFileKeepsWhatWasTypedAndRecordsNothing() throws Exception {
        MockHttpServletResponse page = mvc.perform(multipart("/inspections")
                .file(new MockMultipartFile("file", "现场.png", "image/png", "<html>not a photo</html>".getBytes()))
                .param("heldOn", "2025-06-10").param("kind", "INSPECTION").param("title", "污水处理厂现场督查")
                .param("ledBy", "分管副县长").param("observations", "进度滞后两个月")
                .param("units", String.valueOf(TOWN)).param("tasks", String.valueOf(TASK)).with(csrf()))
                .andReturn().getResponse();

        assertThat(page.getStatus()).isEqualTo(422);
        String html = page.getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("id=\"file-error\"", "污水处理厂现场督查", "分管副县长", "进度滞后两个月").doesNotContain("无法完成操作");
        assertThat(html).containsPattern("<option value=\"" + TOWN + "\" selected=\"selected\"")
                .containsPattern("<option value=\"" + TASK + "\" selected=\"selected\"");
        verify(inspections, never()).record(anyLong(), any(), any(), any(), any());
    }

    @Test
    void aDayThatDoesNotReadIsAnsweredBesideItsFieldWithTheRestAsTyped() throws Exception {
        MockHttpServletResponse page = mvc.perform(multipart("/inspections")
                .param("heldOn", "11月24日").param("kind", "INSPECTION").param("title", "秸秆禁烧巡查")
                .param("ledBy", "县委督查室").param("units", String.valueOf(TOWN)).with(csrf()))
                .andReturn().getResponse();

        assertThat(page.getStatus()).isEqualTo(422);
        String html = page.getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("日期应为 年-月-日", "value=\"11月24日\"", "秸秆禁烧巡查", "县委督查室");
        assertThat(html).containsPattern("<option value=\"" + TOWN + "\" selected=\"selected\"");
        verify(inspections, never()).record(anyLong(), any(), any(), any(), any());
    }

    @Test
    void aFormWithoutAFileReachesTheServiceAsOneRecord() throws Exception {
        when(inspections.record(eq(COUNTY), any(), any(), any(), any())).thenReturn(
                new Inspection(5L, COUNTY, LocalDate.of(2026, 11, 20), InspectionKind.INSPECTION, "秸秆禁烧巡查", "县委督查室", "", "",
                        "督查室", null));
        when(access.actor()).thenReturn("督查室");

        MockHttpServletResponse page = mvc.perform(multipart("/inspections")
                .param("heldOn", "2026-11-20").param("kind", "INSPECTION").param("title", "秸秆禁烧巡查")
                .param("ledBy", "县委督查室").param("units", String.valueOf(TOWN)).param("tasks", String.valueOf(TASK))
                .with(csrf()))
                .andReturn().getResponse();

        assertThat(page.getStatus()).isEqualTo(302);
        assertThat(page.getRedirectedUrl()).isEqualTo("/inspections/5");
        verify(inspections).record(eq(COUNTY), eq(Set.of(COUNTY, TOWN)), eq(new Inspections.NewInspection(LocalDate.of(2026, 11, 20),
                InspectionKind.INSPECTION, "秸秆禁烧巡查", "县委督查室", "", "", List.of(TOWN), List.of(TASK), false)), eq("督查室"), eq(null));
    }
}
