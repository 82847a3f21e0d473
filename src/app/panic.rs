//! If a panic ever happens, the reader sees "something went wrong — reload" instead of a dead
//! page, and the panic text goes to the console.

pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show_message();
    }));
}

fn show_message() {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
    let Some(body) = doc.body() else { return };
    if doc.get_element_by_id("panic-message").is_some() {
        return;
    }
    let Ok(div) = doc.create_element("div") else { return };
    div.set_id("panic-message");
    let _ = div.set_attribute("role", "alert");
    // Plain text only: the message never contains data.
    div.set_text_content(Some(
        "Something went wrong and MedLLM Atlas stopped working. Please reload the page. · 出现错误，图鉴已停止运行，请刷新页面。",
    ));
    // A link to the same address reloads without any inline script (the CSP forbids those).
    if let (Ok(link), Ok(href)) = (doc.create_element("a"), doc.location().map_or(Ok(String::new()), |l| l.href())) {
        link.set_text_content(Some("Reload · 刷新"));
        let _ = link.set_attribute("href", &href);
        let _ = div.append_child(&link);
    }
    let _ = body.prepend_with_node_1(&div);
}
