//! The Rust core against the mock over real sockets: digest reuse, stale nonces,
//! SHA-256, paging, errors, percent-encoded ids.

use serde_json::json;
use tidbcloud::api::{clusters, regions, Paginator};
use tidbcloud::mock::{Algorithm, MockOptions, MockServer};
use tidbcloud::{Api, Error, Secret, Settings};

fn start(opts: MockOptions) -> (MockServer, Api) {
    let mock = MockServer::start(opts).expect("mock starts");
    let api = Api::new(
        Settings {
            public_key: Some(mock.public_key().to_owned()),
            private_key: Some(Secret::new(mock.private_key())),
            base_url: Some(mock.url()),
            ..Default::default()
        },
        None,
    )
    .expect("client builds");
    (mock, api)
}

fn quick() -> MockOptions {
    MockOptions {
        transition_seconds: 0.0,
        rate_limit: None,
        ..Default::default()
    }
}

fn new_cluster(name: &str) -> clusters::NewCluster {
    clusters::NewCluster {
        display_name: name.into(),
        region_id: "aws-us-east-1".into(),
        tidb_node_setting: json!({"nodeSpecKey": "8C16G", "tidbNodeGroups": [{"nodeCount": 2}]}),
        tikv_node_setting: json!({"nodeSpecKey": "8C32G", "nodeCount": 3, "storageSizeGi": 500}),
        tiflash_node_setting: None,
        port: None,
        labels: None,
        project_id: None,
        root_password: Some(Secret::new("s3cret-Passw0rd")),
    }
}

#[tokio::test]
async fn challenge_is_reused_so_each_call_costs_one_exchange() {
    let (mock, api) = start(quick());
    regions::get(&api, "aws-us-east-1")
        .expect("valid arguments")
        .await
        .unwrap();
    assert_eq!(
        mock.request_count(None, None, false),
        2,
        "first call: challenge + answer"
    );
    for _ in 0..10 {
        regions::get(&api, "aws-us-east-1")
            .expect("valid arguments")
            .await
            .unwrap();
    }
    assert_eq!(
        mock.request_count(None, None, false),
        12,
        "later calls: one exchange each"
    );
    assert_eq!(
        mock.requests().iter().filter(|r| r.status == 401).count(),
        1
    );
}

#[tokio::test]
async fn stale_nonce_is_answered_once() {
    let (mock, api) = start(quick());
    regions::get(&api, "aws-us-east-1")
        .expect("valid arguments")
        .await
        .unwrap();
    mock.expire_nonces();
    mock.reset_log();
    regions::get(&api, "aws-us-east-1")
        .expect("valid arguments")
        .await
        .unwrap();
    let log = mock.requests();
    assert_eq!(log.len(), 2);
    assert_eq!((log[0].status, log[1].status), (401, 200));
}

#[tokio::test]
async fn sha256_digest_works() {
    let (_mock, api) = start(MockOptions {
        algorithm: Algorithm::Sha256,
        ..quick()
    });
    let r = regions::get(&api, "azure-eastus")
        .expect("valid arguments")
        .await
        .unwrap();
    assert_eq!(r["cloudProvider"], "azure");
}

#[tokio::test]
async fn wrong_key_is_an_authentication_error_after_one_retry() {
    let mock = MockServer::start(quick()).unwrap();
    let api = Api::new(
        Settings {
            public_key: Some(mock.public_key().to_owned()),
            private_key: Some(Secret::new("not-the-key")),
            base_url: Some(mock.url()),
            ..Default::default()
        },
        None,
    )
    .unwrap();
    let err = regions::get(&api, "aws-us-east-1")
        .expect("valid arguments")
        .await
        .unwrap_err();
    match err {
        Error::Status(e) => {
            assert_eq!(e.status, 401);
            assert!(!e.message.contains("not-the-key"));
        }
        other => panic!("expected a 401, got {other:?}"),
    }
    assert_eq!(mock.request_count(None, None, false), 2);
}

#[tokio::test]
async fn lifecycle_and_paging() {
    let (mock, api) = start(quick());
    let mut ids = Vec::new();
    for i in 0..7 {
        let c = clusters::create(&api, new_cluster(&format!("cluster-{i}")), false)
            .expect("valid arguments")
            .await
            .unwrap();
        assert_eq!(c["state"], "ACTIVE");
        assert!(c.get("rootPassword").is_none());
        ids.push(c["clusterId"].as_str().unwrap().to_owned());
    }
    let mut pager = Paginator::new(
        clusters::list(None, &[], &[], &[], None, Some(3)).unwrap(),
        None,
    );
    let mut seen = Vec::new();
    let mut pages = 0;
    while let Some(mut page) = pager.next_page(&api).await.unwrap() {
        pages += 1;
        for c in tidbcloud::api::take_items(&mut page, "clusters").unwrap() {
            seen.push(c["clusterId"].as_str().unwrap().to_owned());
        }
    }
    assert_eq!(pages, 3);
    assert_eq!(seen, ids);
    let list_requests = mock.request_count(Some("GET"), Some("/v1beta1/clusters"), false);
    assert_eq!(list_requests, 3);
    assert!(mock
        .requests()
        .iter()
        .any(|r| r.query.contains("pageSize=3") && r.query.contains("pageToken=")));

    let paused = clusters::pause(&api, &ids[0])
        .expect("valid arguments")
        .await
        .unwrap();
    assert_eq!(paused["state"], "PAUSED");
    let err = clusters::pause(&api, &ids[0])
        .expect("valid arguments")
        .await
        .unwrap_err();
    assert!(
        matches!(&err, Error::Status(e) if e.status == 400 && e.message.contains("PAUSED")),
        "{err:?}"
    );
    clusters::delete(&api, &ids[1], false)
        .expect("valid arguments")
        .await
        .unwrap();
    let err = clusters::get(&api, &ids[1])
        .expect("valid arguments")
        .await
        .unwrap_err();
    assert!(
        matches!(&err, Error::Status(e) if e.status == 404),
        "{err:?}"
    );
}

#[tokio::test]
async fn ids_cannot_escape_their_segment() {
    let (mock, api) = start(quick());
    let err = clusters::get(&api, "../apikeys")
        .expect("valid arguments")
        .await
        .unwrap_err();
    assert!(
        matches!(&err, Error::Status(e) if e.status == 404),
        "{err:?}"
    );
    let log = mock.requests();
    assert!(
        log.iter()
            .all(|r| r.path == "/v1beta1/clusters/%2E%2E%2Fapikeys"),
        "{log:?}"
    );
}

#[tokio::test]
async fn errors_never_show_the_password() {
    let (_mock, api) = start(quick());
    let mut c = new_cluster("xray");
    c.region_id = "nowhere".into();
    let err = clusters::create(&api, c, false)
        .expect("valid arguments")
        .await
        .unwrap_err();
    let text = format!("{err} {err:?}");
    assert!(text.contains("nowhere"));
    assert!(!text.contains("s3cret-Passw0rd"));
}

#[tokio::test]
async fn a_manual_clock_seeding_and_reset() {
    let (mock, api) = start(MockOptions {
        manual_clock: true,
        rate_limit: None,
        ..Default::default()
    });
    assert!(mock.manual_clock());
    let fields = json!({"state": "PAUSED", "displayName": "seeded-paused"});
    let seeded = mock
        .seed("clusters", fields.as_object().cloned().unwrap_or_default())
        .expect("a valid seed");
    let id = seeded["clusterId"].as_str().unwrap().to_owned();
    assert_eq!(seeded["state"], "PAUSED");
    assert_eq!(mock.request_count(None, None, false), 0);
    let resumed = clusters::resume(&api, &id).unwrap().await.unwrap();
    assert_eq!(resumed["state"], "RESUMING");
    assert_eq!(mock.advance(0.25), Ok(0.25));
    let got = clusters::get(&api, &id).unwrap().await.unwrap();
    assert_eq!(got["state"], "RESUMING");
    assert!((mock.settle() - 0.25).abs() < 1e-9);
    let got = clusters::get(&api, &id).unwrap().await.unwrap();
    assert_eq!(got["state"], "ACTIVE");
    assert!(mock.advance(-1.0).is_err());
    assert!(mock
        .seed(
            "clusters",
            json!({"state": "ASLEEP"})
                .as_object()
                .cloned()
                .unwrap_or_default()
        )
        .is_err());
    mock.reset();
    assert_eq!(mock.request_count(None, None, false), 0);
    let err = clusters::get(&api, &id).unwrap().await.unwrap_err();
    assert!(
        matches!(&err, Error::Status(e) if e.status == 404),
        "{err:?}"
    );
}
