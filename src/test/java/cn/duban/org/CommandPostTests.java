package cn.duban.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.duban.DubanTest;
import cn.duban.TestUsers;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

@DubanTest
class CommandPostTests {

    @Autowired
    Organisations organisations;
    @Autowired
    TestUsers users;
    @Autowired
    TransactionTemplate tx;

    @Test
    void aCommandPostSharesItsWorkAmongMemberUnitsOfItsCounty() {
        TestUsers.County c = users.county();
        TestUsers.County other = users.county();
        Organisation post = tx.execute(s -> organisations.add("攻坚指挥部", OrganisationKind.COMMAND_POST, c.county().id()));
        organisations.addMember(post.id(), c.townA().id());
        organisations.addMember(post.id(), c.department().id());
        organisations.addMember(post.id(), c.townA().id());
        assertThat(organisations.members(List.of(post.id())).get(post.id())).containsExactly(c.townA().id(), c.department().id());
        assertThatThrownBy(() -> organisations.addMember(post.id(), other.townA().id())).hasMessageContaining("同一县");
        assertThatThrownBy(() -> organisations.addMember(c.townB().id(), c.townA().id())).hasMessageContaining("不是指挥部");
    }
}
