//! Requests to the mock's object storage, as S3 answers presigned URLs: a
//! part of an upload taken by PUT, streamed to disk with its MD5 as the
//! ETag; an export's file served by GET, made as it is sent. Nothing is held
//! whole in memory. Errors are S3's XML; the request log and injected faults
//! (a status, or a delay before the work) cover these requests as they do
//! the API's.

use super::faults::FaultKind;
use super::log::Logged;
use super::objects::{Refusal, PREFIX};
use super::records::Tier;
use super::shared::Shared;
use axum::body::Body;
use axum::http::{header, request::Parts, HeaderValue, Method, StatusCode};
use axum::response::Response;
use futures_util::StreamExt;
use md5::{Digest, Md5};
use tokio::io::AsyncWriteExt;

fn xml_error((status, code, message): Refusal) -> Response {
    let body = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>{code}</Code>\
         <Message>{message}</Message></Error>"
    );
    let mut resp = Response::new(Body::from(body));
    *resp.status_mut() = StatusCode::from_u16(status).unwrap_or(StatusCode::BAD_REQUEST);
    resp.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/xml"),
    );
    resp
}

fn refusal(status: u16, code: &'static str, message: impl Into<String>) -> Refusal {
    (status, code, message.into())
}

/// Answer one object request.
pub async fn serve(shared: &Shared, parts: &Parts, body: Body) -> Response {
    let path = parts.uri.path();
    let query = parts.uri.query().unwrap_or("");
    let fault = shared.faults().take(parts.method.as_str(), path);
    let injected = fault.is_some();
    if let Some(FaultKind::Delay(d)) = &fault {
        // Held before the work: a slow storage, for tests that stop a transfer.
        tokio::time::sleep(*d).await;
    }
    let resp = match fault {
        Some(FaultKind::Status { status, .. }) => {
            xml_error(refusal(status, "InternalError", "injected fault"))
        }
        _ => match shared.objects.check(parts.method.as_str(), path, query) {
            Err(r) => xml_error(r),
            Ok(()) => route(shared, &parts.method, path, body)
                .await
                .unwrap_or_else(xml_error),
        },
    };
    shared.log(Logged {
        method: parts.method.to_string(),
        path: path.to_owned(),
        query: String::new(),
        status: resp.status().as_u16(),
        key: None,
        user_agent: parts
            .headers
            .get(header::USER_AGENT)
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned),
        request_body: None,
        response_body: None,
        fault: injected,
    });
    resp
}

async fn route(
    shared: &Shared,
    method: &Method,
    path: &str,
    body: Body,
) -> Result<Response, Refusal> {
    let key = path.strip_prefix(PREFIX).unwrap_or_default();
    let segments: Vec<&str> = key.split('/').collect();
    match (method, segments.as_slice()) {
        (&Method::PUT, ["uploads", upload_id, n]) => {
            let n: u32 = n
                .parse()
                .map_err(|_| refusal(400, "InvalidArgument", "the part number is not a number"))?;
            put_part(shared, upload_id, n, body).await
        }
        (&Method::GET, ["exports", cluster_id, export_id, name]) => {
            get_export_file(shared, cluster_id, export_id, name)
        }
        (&Method::GET, ["auditlogs", tier, cluster_id, name]) => {
            get_audit_log_file(shared, tier, cluster_id, name)
        }
        _ => Err(refusal(
            405,
            "MethodNotAllowed",
            "the method is not allowed here",
        )),
    }
}

/// Whether part `n` of upload `id` may be taken now.
fn part_open(shared: &Shared, id: &str, n: u32) -> Result<(), Refusal> {
    let st = shared.state();
    let u = st
        .serverless_more
        .uploads
        .iter()
        .find(|u| u.id == id)
        .ok_or_else(|| refusal(404, "NoSuchUpload", "the upload does not exist"))?;
    if u.state != "UPLOADING" {
        return Err(refusal(
            404,
            "NoSuchUpload",
            format!("the upload is {}", u.state),
        ));
    }
    if n == 0 || n > u.parts {
        return Err(refusal(
            400,
            "InvalidArgument",
            format!("part {n} is not a part of the upload"),
        ));
    }
    Ok(())
}

async fn put_part(shared: &Shared, id: &str, n: u32, body: Body) -> Result<Response, Refusal> {
    part_open(shared, id, n)?;
    let dest = shared.objects.part_path(id, n);
    // Written aside and renamed when whole, so that a cut upload leaves no part.
    let partial = dest.with_extension(format!("partial-{}", super::auth::random_hex(4)));
    let written = write_body(&partial, body).await;
    let (etag, size) = match written {
        Ok(w) => w,
        Err(e) => {
            let _ = tokio::fs::remove_file(&partial).await;
            return Err(e);
        }
    };
    let stored = {
        let mut st = shared.state();
        match st.serverless_more.uploads.iter_mut().find(|u| u.id == id) {
            Some(u) if u.state == "UPLOADING" => {
                if let Some(slot) = u.received.get_mut((n - 1) as usize) {
                    *slot = Some((etag.clone(), size));
                }
                std::fs::rename(&partial, &dest).is_ok()
            }
            _ => false,
        }
    };
    if !stored {
        let _ = tokio::fs::remove_file(&partial).await;
        return Err(refusal(
            404,
            "NoSuchUpload",
            "the upload ended while the part arrived",
        ));
    }
    let mut resp = Response::new(Body::empty());
    let quoted = format!("\"{etag}\"");
    if let Ok(v) = HeaderValue::from_str(&quoted) {
        resp.headers_mut().insert(header::ETAG, v);
    }
    Ok(resp)
}

/// Stream `body` to `path`: its MD5 (hex) and size.
async fn write_body(path: &std::path::Path, body: Body) -> Result<(String, u64), Refusal> {
    let store =
        |e: std::io::Error| refusal(500, "InternalError", format!("cannot store the part: {e}"));
    let mut file = tokio::fs::File::create(path).await.map_err(store)?;
    let mut md5 = Md5::new();
    let mut size = 0u64;
    let mut stream = body.into_data_stream();
    while let Some(chunk) = stream.next().await {
        let chunk =
            chunk.map_err(|_| refusal(400, "IncompleteBody", "the part's body was cut off"))?;
        md5.update(&chunk);
        size += chunk.len() as u64;
        file.write_all(&chunk).await.map_err(store)?;
    }
    file.flush().await.map_err(store)?;
    Ok((super::auth::hex(&md5.finalize()), size))
}

fn get_export_file(
    shared: &Shared,
    cluster_id: &str,
    export_id: &str,
    name: &str,
) -> Result<Response, Refusal> {
    let content = {
        let st = shared.state();
        let e = st
            .serverless
            .exports
            .iter()
            .find(|e| e.id == export_id && e.cluster_id == cluster_id)
            .ok_or_else(|| refusal(404, "NoSuchKey", "the export's files are gone"))?;
        e.files(st.export_file_size)
            .into_iter()
            .find(|(n, _)| n == name)
            .map(|(_, c)| c)
            .ok_or_else(|| refusal(404, "NoSuchKey", "the export has no such file"))?
    };
    let size = content.size();
    let mut resp = Response::new(Body::from_stream(content.stream()));
    let headers = resp.headers_mut();
    headers.insert(header::CONTENT_LENGTH, HeaderValue::from(size));
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/octet-stream"),
    );
    Ok(resp)
}

fn get_audit_log_file(
    shared: &Shared,
    tier: &str,
    cluster_id: &str,
    name: &str,
) -> Result<Response, Refusal> {
    let tier = match tier {
        "dedicated" => Tier::Dedicated,
        "serverless" => Tier::Serverless,
        _ => return Err(refusal(404, "NoSuchKey", "no such file")),
    };
    let bytes = {
        let st = shared.state();
        st.audit_logging
            .files(tier, cluster_id, shared.clock.now())
            .into_iter()
            .find(|f| f.name == name)
            .map(|f| f.content())
            .ok_or_else(|| refusal(404, "NoSuchKey", "the cluster has no such audit log file"))?
    };
    let mut resp = Response::new(Body::from(bytes));
    resp.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/octet-stream"),
    );
    Ok(resp)
}
