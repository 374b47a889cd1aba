package org.ratingspipeline.report.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTest {

    @Test
    void textCanNeverOpenAnElementOrEndAnAttribute() {
        Html p = Html.el("p", Html.attrs("title", "\" onmouseover=\"alert(1)"),
                Html.text("<script>alert('x')</script> & co"));

        assertThat(p.markup()).isEqualTo("<p title=\"&quot; onmouseover=&quot;alert(1)\">"
                + "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; co</p>");
    }

    @Test
    void controlCharactersAndLoneSurrogatesBecomeReplacementCharacters() {
        assertThat(Html.escape("a\u0000b\u0007c\u0085d\uD800e\r")).isEqualTo("a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFD");
        assertThat(Html.escape("tab\tline\nemoji \uD83D\uDE00 £")).isEqualTo("tab\tline\nemoji \uD83D\uDE00 £");
    }

    @Test
    void aNullAttributeIsLeftOutAndVoidElementsCloseThemselves() {
        assertThat(Html.el("td", Html.attrs("class", null), Html.text("1")).markup()).isEqualTo("<td>1</td>");
        assertThat(Html.voidElement("meta", Html.attrs("charset", "utf-8")).markup())
                .isEqualTo("<meta charset=\"utf-8\">");
        assertThat(Html.selfClosed("rect", Html.attrs("x", "1")).markup()).isEqualTo("<rect x=\"1\"/>");
    }
}
