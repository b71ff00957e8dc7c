// Warp 1.19.0 cpu code for prepare_contact_buffers_a9b637a7.py; preceded by preamble_cpu_8eb9cb4c56f50171.h

// prepare_contact_buffers.py:88
static wp::float32 shape_sdf_0(
    wp::int32 var_geo_type,
    wp::vec_t<3, wp::float32> var_scale,
    wp::vec_t<3, wp::float32> var_p)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 2;
    bool var_1;
    const wp::int32 var_2 = 1;
    wp::float32 var_3;
    const wp::int32 var_4 = 1;
    wp::float32 var_5;
    wp::float32 var_6;
    const wp::int32 var_7 = 1;
    wp::float32 var_8;
    wp::float32 var_9;
    const wp::float32 var_10 = 0.0;
    const wp::float32 var_11 = 0.0;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::float32 var_14;
    const wp::int32 var_15 = 0;
    wp::float32 var_16;
    wp::float32 var_17;
    const wp::int32 var_18 = 3;
    bool var_19;
    const wp::int32 var_20 = 1;
    wp::float32 var_21;
    wp::float32 var_22;
    const wp::int32 var_23 = 0;
    wp::float32 var_24;
    wp::float32 var_25;
    //---------
    // forward
    // def shape_sdf(geo_type: wp.int32, scale: wp.vec3, p: wp.vec3) -> float:                <L 89>
    // if geo_type == GeoType.CAPSULE:                                                        <L 91>
    var_1 = (var_geo_type == var_0);
    if (var_1) {
        // axis_y = wp.clamp(p[1], -scale[1], scale[1])                                       <L 92>
        var_3 = wp::extract(var_p, var_2);
        var_5 = wp::extract(var_scale, var_4);
        var_6 = wp::neg(var_5);
        var_8 = wp::extract(var_scale, var_7);
        var_9 = wp::clamp(var_3, var_6, var_8);
        // return wp.length(p - wp.vec3(0.0, axis_y, 0.0)) - scale[0]                         <L 93>
        var_12 = wp::vec_t<3, wp::float32>(var_10, var_9, var_11);
        var_13 = wp::sub(var_p, var_12);
        var_14 = wp::length(var_13);
        var_16 = wp::extract(var_scale, var_15);
        var_17 = wp::sub(var_14, var_16);
        return var_17;
    }
    // if geo_type == GeoType.PLANE:                                                          <L 94>
    var_19 = (var_geo_type == var_18);
    if (var_19) {
        // return p[1]                                                                        <L 95>
        var_21 = wp::extract(var_p, var_20);
        return var_21;
    }
    // return wp.length(p) - scale[0]                                                         <L 96>
    var_22 = wp::length(var_p);
    var_24 = wp::extract(var_scale, var_23);
    var_25 = wp::sub(var_22, var_24);
    return var_25;
}


// prepare_contact_buffers.py:99
static wp::vec_t<3, wp::float32> shape_normal_0(
    wp::int32 var_geo_type,
    wp::vec_t<3, wp::float32> var_scale,
    wp::vec_t<3, wp::float32> var_p)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 2;
    bool var_1;
    const wp::float32 var_2 = 0.0;
    const wp::int32 var_3 = 1;
    wp::float32 var_4;
    const wp::int32 var_5 = 1;
    wp::float32 var_6;
    wp::float32 var_7;
    const wp::int32 var_8 = 1;
    wp::float32 var_9;
    wp::float32 var_10;
    const wp::float32 var_11 = 0.0;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::vec_t<3, wp::float32> var_14;
    const wp::int32 var_15 = 3;
    bool var_16;
    const wp::float32 var_17 = 0.0;
    const wp::float32 var_18 = 1.0;
    const wp::float32 var_19 = 0.0;
    wp::vec_t<3, wp::float32> var_20;
    wp::vec_t<3, wp::float32> var_21;
    //---------
    // forward
    // def shape_normal(geo_type: wp.int32, scale: wp.vec3, p: wp.vec3) -> wp.vec3:           <L 100>
    // if geo_type == GeoType.CAPSULE:                                                        <L 101>
    var_1 = (var_geo_type == var_0);
    if (var_1) {
        // return wp.normalize(p - wp.vec3(0.0, wp.clamp(p[1], -scale[1], scale[1]), 0.0))       <L 102>
        var_4 = wp::extract(var_p, var_3);
        var_6 = wp::extract(var_scale, var_5);
        var_7 = wp::neg(var_6);
        var_9 = wp::extract(var_scale, var_8);
        var_10 = wp::clamp(var_4, var_7, var_9);
        var_12 = wp::vec_t<3, wp::float32>(var_2, var_10, var_11);
        var_13 = wp::sub(var_p, var_12);
        var_14 = wp::normalize(var_13);
        return var_14;
    }
    // if geo_type == GeoType.PLANE:                                                          <L 103>
    var_16 = (var_geo_type == var_15);
    if (var_16) {
        // return wp.vec3(0.0, 1.0, 0.0)                                                      <L 104>
        var_20 = wp::vec_t<3, wp::float32>(var_17, var_18, var_19);
        return var_20;
    }
    // return wp.normalize(p)                                                                 <L 105>
    var_21 = wp::normalize(var_p);
    return var_21;
}


// prepare_contact_buffers.py:108
static wp::vec_t<3, wp::float32> contact_response_0(
    wp::vec_t<3, wp::float32> var_n,
    wp::vec_t<3, wp::float32> var_v_rel,
    wp::float32 var_penetration,
    wp::float32 var_ke,
    wp::float32 var_kd,
    wp::float32 var_mu,
    wp::float32 var_kf)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    const wp::float32 var_4 = 0.0;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::float32 var_10;
    const wp::float32 var_11 = 0.0;
    bool var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::vec_t<3, wp::float32> var_18;
    wp::vec_t<3, wp::float32> var_19;
    wp::vec_t<3, wp::float32> var_20;
    //---------
    // forward
    // def contact_response(n: wp.vec3, v_rel: wp.vec3, penetration: float, ke: float, kd: float, mu: float, kf: float) -> wp.vec3:       <L 109>
    // vn = wp.dot(n, v_rel)                                                                  <L 110>
    var_0 = wp::dot(var_n, var_v_rel);
    // fe = ke * penetration * wp.sqrt(penetration)                                           <L 112>
    var_1 = wp::mul(var_ke, var_penetration);
    var_2 = wp::sqrt(var_penetration);
    var_3 = wp::mul(var_1, var_2);
    // fn = fe - kd * wp.min(vn, 0.0)                                                         <L 114>
    var_5 = wp::min(var_0, var_4);
    var_6 = wp::mul(var_kd, var_5);
    var_7 = wp::sub(var_3, var_6);
    // vt = v_rel - n * vn                                                                    <L 115>
    var_8 = wp::mul(var_n, var_0);
    var_9 = wp::sub(var_v_rel, var_8);
    // vs = wp.length(vt)                                                                     <L 116>
    var_10 = wp::length(var_9);
    // if vs > 0.0:                                                                           <L 117>
    var_12 = (var_10 > var_11);
    if (var_12) {
        // vt = vt / vs                                                                       <L 118>
        var_13 = wp::div(var_9, var_10);
    }
    var_14 = wp::where(var_12, var_13, var_9);
    // ft = wp.min(kf * vs, mu * fn)                                                          <L 120>
    var_15 = wp::mul(var_kf, var_10);
    var_16 = wp::mul(var_mu, var_7);
    var_17 = wp::min(var_15, var_16);
    // return n * fn - vt * ft                                                                <L 121>
    var_18 = wp::mul(var_n, var_7);
    var_19 = wp::mul(var_14, var_17);
    var_20 = wp::sub(var_18, var_19);
    return var_20;
}


// prepare_contact_buffers.py:47
static wp::vec_t<3, wp::float32> shape_center_0(
    wp::array_t<wp::transform_t<wp::float32>> var_body_transforms,
    wp::int32 var_body,
    wp::transform_t<wp::float32> var_X_bs)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    bool var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::transform_t<wp::float32>* var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::transform_t<wp::float32> var_6;
    //---------
    // forward
    // def shape_center(body_transforms: wp.array(dtype=wp.transform), body: wp.int32, X_bs: wp.transform) -> wp.vec3:       <L 48>
    // if body < 0:                                                                           <L 49>
    var_1 = (var_body < var_0);
    if (var_1) {
        // return wp.transform_get_translation(X_bs)                                          <L 50>
        var_2 = wp::transform_get_translation(var_X_bs);
        return var_2;
    }
    // return wp.transform_point(body_transforms[body], wp.transform_get_translation(X_bs))       <L 51>
    var_3 = wp::address(var_body_transforms, var_body);
    var_4 = wp::transform_get_translation(var_X_bs);
    var_6 = wp::load(var_3);
    var_5 = wp::transform_point(var_6, var_4);
    return var_5;
}


// prepare_contact_buffers.py:38
static wp::float32 bounding_radius_0(
    wp::int32 var_geo_type,
    wp::vec_t<3, wp::float32> var_scale)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 1;
    bool var_1;
    wp::float32 var_2;
    const wp::int32 var_3 = 2;
    bool var_4;
    const wp::int32 var_5 = 0;
    wp::float32 var_6;
    const wp::int32 var_7 = 1;
    wp::float32 var_8;
    wp::float32 var_9;
    const wp::int32 var_10 = 0;
    wp::float32 var_11;
    //---------
    // forward
    // def bounding_radius(geo_type: wp.int32, scale: wp.vec3) -> float:                      <L 39>
    // if geo_type == GeoType.BOX:                                                            <L 40>
    var_1 = (var_geo_type == var_0);
    if (var_1) {
        // return wp.length(scale)                                                            <L 41>
        var_2 = wp::length(var_scale);
        return var_2;
    }
    // if geo_type == GeoType.CAPSULE:                                                        <L 42>
    var_4 = (var_geo_type == var_3);
    if (var_4) {
        // return scale[0] + scale[1]                                                         <L 43>
        var_6 = wp::extract(var_scale, var_5);
        var_8 = wp::extract(var_scale, var_7);
        var_9 = wp::add(var_6, var_8);
        return var_9;
    }
    // return scale[0]                                                                        <L 44>
    var_11 = wp::extract(var_scale, var_10);
    return var_11;
}


// prepare_contact_buffers.py:88
static void adj_shape_sdf_0(
    wp::int32 var_geo_type,
    wp::vec_t<3, wp::float32> var_scale,
    wp::vec_t<3, wp::float32> var_p,
    wp::int32 & adj_geo_type,
    wp::vec_t<3, wp::float32> & adj_scale,
    wp::vec_t<3, wp::float32> & adj_p,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 2;
    bool var_1;
    const wp::int32 var_2 = 1;
    wp::float32 var_3;
    const wp::int32 var_4 = 1;
    wp::float32 var_5;
    wp::float32 var_6;
    const wp::int32 var_7 = 1;
    wp::float32 var_8;
    wp::float32 var_9;
    const wp::float32 var_10 = 0.0;
    const wp::float32 var_11 = 0.0;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::float32 var_14;
    const wp::int32 var_15 = 0;
    wp::float32 var_16;
    wp::float32 var_17;
    const wp::int32 var_18 = 3;
    bool var_19;
    const wp::int32 var_20 = 1;
    wp::float32 var_21;
    wp::float32 var_22;
    const wp::int32 var_23 = 0;
    wp::float32 var_24;
    wp::float32 var_25;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    bool adj_1 = {};
    wp::int32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::vec_t<3, wp::float32> adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    wp::float32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::int32 adj_18 = {};
    bool adj_19 = {};
    wp::int32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::int32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::float32 adj_25 = {};
    //---------
    // forward
    // def shape_sdf(geo_type: wp.int32, scale: wp.vec3, p: wp.vec3) -> float:                <L 89>
    // if geo_type == GeoType.CAPSULE:                                                        <L 91>
    var_1 = (var_geo_type == var_0);
    if (var_1) {
        // axis_y = wp.clamp(p[1], -scale[1], scale[1])                                       <L 92>
        var_3 = wp::extract(var_p, var_2);
        var_5 = wp::extract(var_scale, var_4);
        var_6 = wp::neg(var_5);
        var_8 = wp::extract(var_scale, var_7);
        var_9 = wp::clamp(var_3, var_6, var_8);
        // return wp.length(p - wp.vec3(0.0, axis_y, 0.0)) - scale[0]                         <L 93>
        var_12 = wp::vec_t<3, wp::float32>(var_10, var_9, var_11);
        var_13 = wp::sub(var_p, var_12);
        var_14 = wp::length(var_13);
        var_16 = wp::extract(var_scale, var_15);
        var_17 = wp::sub(var_14, var_16);
        goto label0;
    }
    // if geo_type == GeoType.PLANE:                                                          <L 94>
    var_19 = (var_geo_type == var_18);
    if (var_19) {
        // return p[1]                                                                        <L 95>
        var_21 = wp::extract(var_p, var_20);
        goto label1;
    }
    // return wp.length(p) - scale[0]                                                         <L 96>
    var_22 = wp::length(var_p);
    var_24 = wp::extract(var_scale, var_23);
    var_25 = wp::sub(var_22, var_24);
    goto label2;
    //---------
    // reverse
    label2:;
    adj_25 += adj_ret;
    wp::adj_sub(var_22, var_24, adj_22, adj_24, adj_25);
    wp::adj_extract(var_scale, var_23, adj_scale, adj_23, adj_24);
    wp::adj_length(var_p, var_22, adj_p, adj_22);
    // adj: return wp.length(p) - scale[0]                                                    <L 96>
    if (var_19) {
        label1:;
        adj_21 += adj_ret;
        wp::adj_extract(var_p, var_20, adj_p, adj_20, adj_21);
        // adj: return p[1]                                                                   <L 95>
    }
    // adj: if geo_type == GeoType.PLANE:                                                     <L 94>
    if (var_1) {
        label0:;
        adj_17 += adj_ret;
        wp::adj_sub(var_14, var_16, adj_14, adj_16, adj_17);
        wp::adj_extract(var_scale, var_15, adj_scale, adj_15, adj_16);
        wp::adj_length(var_13, var_14, adj_13, adj_14);
        wp::adj_sub(var_p, var_12, adj_p, adj_12, adj_13);
        wp::adj_vec_t(var_10, var_9, var_11, adj_10, adj_9, adj_11, adj_12);
        // adj: return wp.length(p - wp.vec3(0.0, axis_y, 0.0)) - scale[0]                    <L 93>
        wp::adj_clamp(var_3, var_6, var_8, adj_3, adj_6, adj_8, adj_9);
        wp::adj_extract(var_scale, var_7, adj_scale, adj_7, adj_8);
        wp::adj_neg(var_5, adj_5, adj_6);
        wp::adj_extract(var_scale, var_4, adj_scale, adj_4, adj_5);
        wp::adj_extract(var_p, var_2, adj_p, adj_2, adj_3);
        // adj: axis_y = wp.clamp(p[1], -scale[1], scale[1])                                  <L 92>
    }
    // adj: if geo_type == GeoType.CAPSULE:                                                   <L 91>
    // adj: def shape_sdf(geo_type: wp.int32, scale: wp.vec3, p: wp.vec3) -> float:           <L 89>
    return;
}


// prepare_contact_buffers.py:99
static void adj_shape_normal_0(
    wp::int32 var_geo_type,
    wp::vec_t<3, wp::float32> var_scale,
    wp::vec_t<3, wp::float32> var_p,
    wp::int32 & adj_geo_type,
    wp::vec_t<3, wp::float32> & adj_scale,
    wp::vec_t<3, wp::float32> & adj_p,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 2;
    bool var_1;
    const wp::float32 var_2 = 0.0;
    const wp::int32 var_3 = 1;
    wp::float32 var_4;
    const wp::int32 var_5 = 1;
    wp::float32 var_6;
    wp::float32 var_7;
    const wp::int32 var_8 = 1;
    wp::float32 var_9;
    wp::float32 var_10;
    const wp::float32 var_11 = 0.0;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::vec_t<3, wp::float32> var_14;
    const wp::int32 var_15 = 3;
    bool var_16;
    const wp::float32 var_17 = 0.0;
    const wp::float32 var_18 = 1.0;
    const wp::float32 var_19 = 0.0;
    wp::vec_t<3, wp::float32> var_20;
    wp::vec_t<3, wp::float32> var_21;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    bool adj_1 = {};
    wp::float32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::vec_t<3, wp::float32> adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    wp::vec_t<3, wp::float32> adj_14 = {};
    wp::int32 adj_15 = {};
    bool adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::vec_t<3, wp::float32> adj_20 = {};
    wp::vec_t<3, wp::float32> adj_21 = {};
    //---------
    // forward
    // def shape_normal(geo_type: wp.int32, scale: wp.vec3, p: wp.vec3) -> wp.vec3:           <L 100>
    // if geo_type == GeoType.CAPSULE:                                                        <L 101>
    var_1 = (var_geo_type == var_0);
    if (var_1) {
        // return wp.normalize(p - wp.vec3(0.0, wp.clamp(p[1], -scale[1], scale[1]), 0.0))       <L 102>
        var_4 = wp::extract(var_p, var_3);
        var_6 = wp::extract(var_scale, var_5);
        var_7 = wp::neg(var_6);
        var_9 = wp::extract(var_scale, var_8);
        var_10 = wp::clamp(var_4, var_7, var_9);
        var_12 = wp::vec_t<3, wp::float32>(var_2, var_10, var_11);
        var_13 = wp::sub(var_p, var_12);
        var_14 = wp::normalize(var_13);
        goto label0;
    }
    // if geo_type == GeoType.PLANE:                                                          <L 103>
    var_16 = (var_geo_type == var_15);
    if (var_16) {
        // return wp.vec3(0.0, 1.0, 0.0)                                                      <L 104>
        var_20 = wp::vec_t<3, wp::float32>(var_17, var_18, var_19);
        goto label1;
    }
    // return wp.normalize(p)                                                                 <L 105>
    var_21 = wp::normalize(var_p);
    goto label2;
    //---------
    // reverse
    label2:;
    adj_21 += adj_ret;
    wp::adj_normalize(var_p, var_21, adj_p, adj_21);
    // adj: return wp.normalize(p)                                                            <L 105>
    if (var_16) {
        label1:;
        adj_20 += adj_ret;
        wp::adj_vec_t(var_17, var_18, var_19, adj_17, adj_18, adj_19, adj_20);
        // adj: return wp.vec3(0.0, 1.0, 0.0)                                                 <L 104>
    }
    // adj: if geo_type == GeoType.PLANE:                                                     <L 103>
    if (var_1) {
        label0:;
        adj_14 += adj_ret;
        wp::adj_normalize(var_13, var_14, adj_13, adj_14);
        wp::adj_sub(var_p, var_12, adj_p, adj_12, adj_13);
        wp::adj_vec_t(var_2, var_10, var_11, adj_2, adj_10, adj_11, adj_12);
        wp::adj_clamp(var_4, var_7, var_9, adj_4, adj_7, adj_9, adj_10);
        wp::adj_extract(var_scale, var_8, adj_scale, adj_8, adj_9);
        wp::adj_neg(var_6, adj_6, adj_7);
        wp::adj_extract(var_scale, var_5, adj_scale, adj_5, adj_6);
        wp::adj_extract(var_p, var_3, adj_p, adj_3, adj_4);
        // adj: return wp.normalize(p - wp.vec3(0.0, wp.clamp(p[1], -scale[1], scale[1]), 0.0))  <L 102>
    }
    // adj: if geo_type == GeoType.CAPSULE:                                                   <L 101>
    // adj: def shape_normal(geo_type: wp.int32, scale: wp.vec3, p: wp.vec3) -> wp.vec3:      <L 100>
    return;
}


// prepare_contact_buffers.py:108
static void adj_contact_response_0(
    wp::vec_t<3, wp::float32> var_n,
    wp::vec_t<3, wp::float32> var_v_rel,
    wp::float32 var_penetration,
    wp::float32 var_ke,
    wp::float32 var_kd,
    wp::float32 var_mu,
    wp::float32 var_kf,
    wp::vec_t<3, wp::float32> & adj_n,
    wp::vec_t<3, wp::float32> & adj_v_rel,
    wp::float32 & adj_penetration,
    wp::float32 & adj_ke,
    wp::float32 & adj_kd,
    wp::float32 & adj_mu,
    wp::float32 & adj_kf,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    const wp::float32 var_4 = 0.0;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::float32 var_10;
    const wp::float32 var_11 = 0.0;
    bool var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::vec_t<3, wp::float32> var_18;
    wp::vec_t<3, wp::float32> var_19;
    wp::vec_t<3, wp::float32> var_20;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    bool adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    wp::vec_t<3, wp::float32> adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::vec_t<3, wp::float32> adj_18 = {};
    wp::vec_t<3, wp::float32> adj_19 = {};
    wp::vec_t<3, wp::float32> adj_20 = {};
    //---------
    // forward
    // def contact_response(n: wp.vec3, v_rel: wp.vec3, penetration: float, ke: float, kd: float, mu: float, kf: float) -> wp.vec3:       <L 109>
    // vn = wp.dot(n, v_rel)                                                                  <L 110>
    var_0 = wp::dot(var_n, var_v_rel);
    // fe = ke * penetration * wp.sqrt(penetration)                                           <L 112>
    var_1 = wp::mul(var_ke, var_penetration);
    var_2 = wp::sqrt(var_penetration);
    var_3 = wp::mul(var_1, var_2);
    // fn = fe - kd * wp.min(vn, 0.0)                                                         <L 114>
    var_5 = wp::min(var_0, var_4);
    var_6 = wp::mul(var_kd, var_5);
    var_7 = wp::sub(var_3, var_6);
    // vt = v_rel - n * vn                                                                    <L 115>
    var_8 = wp::mul(var_n, var_0);
    var_9 = wp::sub(var_v_rel, var_8);
    // vs = wp.length(vt)                                                                     <L 116>
    var_10 = wp::length(var_9);
    // if vs > 0.0:                                                                           <L 117>
    var_12 = (var_10 > var_11);
    if (var_12) {
        // vt = vt / vs                                                                       <L 118>
        var_13 = wp::div(var_9, var_10);
    }
    var_14 = wp::where(var_12, var_13, var_9);
    // ft = wp.min(kf * vs, mu * fn)                                                          <L 120>
    var_15 = wp::mul(var_kf, var_10);
    var_16 = wp::mul(var_mu, var_7);
    var_17 = wp::min(var_15, var_16);
    // return n * fn - vt * ft                                                                <L 121>
    var_18 = wp::mul(var_n, var_7);
    var_19 = wp::mul(var_14, var_17);
    var_20 = wp::sub(var_18, var_19);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_20 += adj_ret;
    wp::adj_sub(var_18, var_19, adj_18, adj_19, adj_20);
    wp::adj_mul(var_14, var_17, adj_14, adj_17, adj_19);
    wp::adj_mul(var_n, var_7, adj_n, adj_7, adj_18);
    // adj: return n * fn - vt * ft                                                           <L 121>
    wp::adj_min(var_15, var_16, adj_15, adj_16, adj_17);
    wp::adj_mul(var_mu, var_7, adj_mu, adj_7, adj_16);
    wp::adj_mul(var_kf, var_10, adj_kf, adj_10, adj_15);
    // adj: ft = wp.min(kf * vs, mu * fn)                                                     <L 120>
    wp::adj_where(var_12, var_13, var_9, adj_12, adj_13, adj_9, adj_14);
    if (var_12) {
        wp::adj_div(var_9, var_10, adj_9, adj_10, adj_13);
        // adj: vt = vt / vs                                                                  <L 118>
    }
    // adj: if vs > 0.0:                                                                      <L 117>
    wp::adj_length(var_9, var_10, adj_9, adj_10);
    // adj: vs = wp.length(vt)                                                                <L 116>
    wp::adj_sub(var_v_rel, var_8, adj_v_rel, adj_8, adj_9);
    wp::adj_mul(var_n, var_0, adj_n, adj_0, adj_8);
    // adj: vt = v_rel - n * vn                                                               <L 115>
    wp::adj_sub(var_3, var_6, adj_3, adj_6, adj_7);
    wp::adj_mul(var_kd, var_5, adj_kd, adj_5, adj_6);
    wp::adj_min(var_0, var_4, adj_0, adj_4, adj_5);
    // adj: fn = fe - kd * wp.min(vn, 0.0)                                                    <L 114>
    wp::adj_mul(var_1, var_2, adj_1, adj_2, adj_3);
    wp::adj_sqrt(var_penetration, var_2, adj_penetration, adj_2);
    wp::adj_mul(var_ke, var_penetration, adj_ke, adj_penetration, adj_1);
    // adj: fe = ke * penetration * wp.sqrt(penetration)                                      <L 112>
    wp::adj_dot(var_n, var_v_rel, adj_n, adj_v_rel, adj_0);
    // adj: vn = wp.dot(n, v_rel)                                                             <L 110>
    // adj: def contact_response(n: wp.vec3, v_rel: wp.vec3, penetration: float, ke: float, kd: float, mu: float, kf: float) -> wp.vec3:  <L 109>
    return;
}


// prepare_contact_buffers.py:47
static void adj_shape_center_0(
    wp::array_t<wp::transform_t<wp::float32>> var_body_transforms,
    wp::int32 var_body,
    wp::transform_t<wp::float32> var_X_bs,
    wp::array_t<wp::transform_t<wp::float32>> & adj_body_transforms,
    wp::int32 & adj_body,
    wp::transform_t<wp::float32> & adj_X_bs,
    wp::vec_t<3, wp::float32> & adj_ret)
{
	// reverse mode disabled (no backward-enabled kernel depends on this function)
}


// prepare_contact_buffers.py:38
static void adj_bounding_radius_0(
    wp::int32 var_geo_type,
    wp::vec_t<3, wp::float32> var_scale,
    wp::int32 & adj_geo_type,
    wp::vec_t<3, wp::float32> & adj_scale,
    wp::float32 & adj_ret)
{
	// reverse mode disabled (no backward-enabled kernel depends on this function)
}

struct wp_args_eval_soft_contacts_14bb36c6 {
    wp::array_t<wp::int32> particle_contact_count;
    wp::array_t<wp::int32> contact_particle;
    wp::array_t<wp::int32> contact_shape;
    wp::array_t<wp::int32> particle_flags;
    wp::array_t<wp::int32> shape_body_index;
    wp::array_t<wp::int32> shape_type;
    wp::array_t<wp::transform_t<wp::float32>> shape_X_bs;
    wp::array_t<wp::vec_t<3, wp::float32>> geo_scale;
    wp::array_t<wp::transform_t<wp::float32>> body_q;
    wp::array_t<wp::vec_t<6, wp::float32>> body_qd;
    wp::array_t<wp::vec_t<3, wp::float32>> com;
    wp::array_t<wp::vec_t<3, wp::float32>> particle_x;
    wp::array_t<wp::vec_t<3, wp::float32>> v;
    wp::array_t<wp::float32> radii;
    wp::array_t<wp::float32> shape_material_ke;
    wp::array_t<wp::float32> shape_kd;
    wp::array_t<wp::float32> shape_material_kf;
    wp::array_t<wp::float32> shape_mu;
    wp::float32 k_contact;
    wp::float32 contact_kd;
    wp::float32 kf;
    wp::array_t<wp::vec_t<3, wp::float32>> forces;
    wp::array_t<wp::vec_t<6, wp::float32>> wrenches_out;
};


template <bool wp_linear_contiguous>
static void eval_soft_contacts_14bb36c6_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_eval_soft_contacts_14bb36c6 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_eval_soft_contacts_14bb36c6 wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.particle_contact_count.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.contact_particle.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.contact_shape.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.particle_flags.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.shape_body_index.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.shape_type.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.shape_X_bs.strides[0] = sizeof(wp::transform_t<wp::float32>);
        wp_contiguous_args.geo_scale.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.body_q.strides[0] = sizeof(wp::transform_t<wp::float32>);
        wp_contiguous_args.body_qd.strides[0] = sizeof(wp::vec_t<6, wp::float32>);
        wp_contiguous_args.com.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.particle_x.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.v.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.radii.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.shape_material_ke.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.shape_kd.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.shape_material_kf.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.shape_mu.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.forces.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.wrenches_out.strides[0] = sizeof(wp::vec_t<6, wp::float32>);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::int32> var_particle_contact_count = _wp_args->particle_contact_count;
    wp::array_t<wp::int32> var_contact_particle = _wp_args->contact_particle;
    wp::array_t<wp::int32> var_contact_shape = _wp_args->contact_shape;
    wp::array_t<wp::int32> var_particle_flags = _wp_args->particle_flags;
    wp::array_t<wp::int32> var_shape_body_index = _wp_args->shape_body_index;
    wp::array_t<wp::int32> var_shape_type = _wp_args->shape_type;
    wp::array_t<wp::transform_t<wp::float32>> var_shape_X_bs = _wp_args->shape_X_bs;
    wp::array_t<wp::vec_t<3, wp::float32>> var_geo_scale = _wp_args->geo_scale;
    wp::array_t<wp::transform_t<wp::float32>> var_body_q = _wp_args->body_q;
    wp::array_t<wp::vec_t<6, wp::float32>> var_body_qd = _wp_args->body_qd;
    wp::array_t<wp::vec_t<3, wp::float32>> var_com = _wp_args->com;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_x = _wp_args->particle_x;
    wp::array_t<wp::vec_t<3, wp::float32>> var_v = _wp_args->v;
    wp::array_t<wp::float32> var_radii = _wp_args->radii;
    wp::array_t<wp::float32> var_shape_material_ke = _wp_args->shape_material_ke;
    wp::array_t<wp::float32> var_shape_kd = _wp_args->shape_kd;
    wp::array_t<wp::float32> var_shape_material_kf = _wp_args->shape_material_kf;
    wp::array_t<wp::float32> var_shape_mu = _wp_args->shape_mu;
    wp::float32 var_k_contact = _wp_args->k_contact;
    wp::float32 var_contact_kd = _wp_args->contact_kd;
    wp::float32 var_kf = _wp_args->kf;
    wp::array_t<wp::vec_t<3, wp::float32>> var_forces = _wp_args->forces;
    wp::array_t<wp::vec_t<6, wp::float32>> var_wrenches_out = _wp_args->wrenches_out;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 0;
    wp::int32* var_2;
    bool var_3;
    wp::int32 var_4;
    wp::int32* var_5;
    wp::int32 var_6;
    wp::int32 var_7;
    wp::int32* var_8;
    const wp::int32 var_9 = 1;
    wp::int32 var_10;
    wp::int32 var_11;
    const wp::int32 var_12 = 0;
    bool var_13;
    wp::vec_t<3, wp::float32>* var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::vec_t<3, wp::float32>* var_17;
    wp::vec_t<3, wp::float32> var_18;
    wp::vec_t<3, wp::float32> var_19;
    wp::float32* var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    wp::int32* var_23;
    wp::int32 var_24;
    wp::int32 var_25;
    wp::int32* var_26;
    wp::int32 var_27;
    wp::int32 var_28;
    wp::int32* var_29;
    wp::int32 var_30;
    wp::int32 var_31;
    bool var_32;
    const wp::int32 var_33 = 0;
    bool var_34;
    const wp::int32 var_35 = 2;
    bool var_36;
    const wp::int32 var_37 = 3;
    bool var_38;
    wp::transform_t<wp::float32>* var_39;
    wp::transform_t<wp::float32> var_40;
    wp::transform_t<wp::float32> var_41;
    const wp::float32 var_42 = 0.0;
    wp::vec_t<3, wp::float32> var_43;
    wp::vec_t<6, wp::float32> var_44;
    const wp::int32 var_45 = 0;
    bool var_46;
    wp::transform_t<wp::float32>* var_47;
    wp::transform_t<wp::float32> var_48;
    wp::transform_t<wp::float32> var_49;
    wp::transform_t<wp::float32> var_50;
    wp::vec_t<3, wp::float32>* var_51;
    wp::vec_t<3, wp::float32> var_52;
    wp::vec_t<3, wp::float32> var_53;
    wp::vec_t<6, wp::float32>* var_54;
    wp::vec_t<6, wp::float32> var_55;
    wp::vec_t<6, wp::float32> var_56;
    wp::transform_t<wp::float32> var_57;
    wp::vec_t<3, wp::float32> var_58;
    wp::vec_t<6, wp::float32> var_59;
    wp::vec_t<3, wp::float32>* var_60;
    wp::vec_t<3, wp::float32> var_61;
    wp::vec_t<3, wp::float32> var_62;
    wp::transform_t<wp::float32> var_63;
    wp::vec_t<3, wp::float32> var_64;
    wp::float32 var_65;
    wp::float32 var_66;
    const wp::float32 var_67 = 0.0;
    bool var_68;
    wp::vec_t<3, wp::float32> var_69;
    wp::vec_t<3, wp::float32> var_70;
    wp::float32 var_71;
    wp::vec_t<3, wp::float32> var_72;
    wp::vec_t<3, wp::float32> var_73;
    wp::vec_t<3, wp::float32> var_74;
    wp::vec_t<3, wp::float32> var_75;
    wp::vec_t<3, wp::float32> var_76;
    wp::vec_t<3, wp::float32> var_77;
    wp::vec_t<3, wp::float32> var_78;
    const wp::float32 var_79 = 0.5;
    wp::float32* var_80;
    wp::float32 var_81;
    wp::float32 var_82;
    wp::float32 var_83;
    const wp::float32 var_84 = 0.5;
    wp::float32* var_85;
    wp::float32 var_86;
    wp::float32 var_87;
    wp::float32 var_88;
    const wp::float32 var_89 = 0.5;
    wp::float32* var_90;
    wp::float32 var_91;
    wp::float32 var_92;
    wp::float32 var_93;
    const wp::float32 var_94 = 0.5;
    const wp::float32 var_95 = 0.5;
    wp::float32* var_96;
    wp::float32 var_97;
    wp::float32 var_98;
    wp::float32 var_99;
    wp::vec_t<3, wp::float32> var_100;
    wp::vec_t<3, wp::float32> var_101;
    wp::vec_t<3, wp::float32> var_102;
    const wp::int32 var_103 = 0;
    bool var_104;
    wp::vec_t<3, wp::float32> var_105;
    wp::vec_t<6, wp::float32> var_106;
    wp::vec_t<6, wp::float32> var_107;
    //---------
    // forward
    // def eval_soft_contacts(                                                                <L 125>
    // tid = wp.tid()                                                                         <L 150>
    var_0 = builtin_tid1d();
    // if tid >= particle_contact_count[0]:                                                   <L 151>
    var_2 = wp::address(var_particle_contact_count, var_1);
    var_4 = wp::load(var_2);
    var_3 = (var_0 >= var_4);
    if (var_3) {
        // return                                                                             <L 152>
        return;
    }
    // particle = contact_particle[tid]                                                       <L 153>
    var_5 = wp::address(var_contact_particle, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // if (particle_flags[particle] & ParticleFlags.ACTIVE) == 0:                             <L 154>
    var_8 = wp::address(var_particle_flags, var_6);
    var_11 = wp::load(var_8);
    var_10 = wp::bit_and(var_11, var_9);
    var_13 = (var_10 == var_12);
    if (var_13) {
        // return                                                                             <L 155>
        return;
    }
    // x_p = particle_x[particle]                                                             <L 156>
    var_14 = wp::address(var_particle_x, var_6);
    var_16 = wp::load(var_14);
    var_15 = wp::copy(var_16);
    // v_p = v[particle]                                                                      <L 157>
    var_17 = wp::address(var_v, var_6);
    var_19 = wp::load(var_17);
    var_18 = wp::copy(var_19);
    // radius = radii[particle]                                                               <L 158>
    var_20 = wp::address(var_radii, var_6);
    var_22 = wp::load(var_20);
    var_21 = wp::copy(var_22);
    // shape = contact_shape[tid]                                                             <L 159>
    var_23 = wp::address(var_contact_shape, var_0);
    var_25 = wp::load(var_23);
    var_24 = wp::copy(var_25);
    // body = shape_body_index[shape]                                                         <L 160>
    var_26 = wp::address(var_shape_body_index, var_24);
    var_28 = wp::load(var_26);
    var_27 = wp::copy(var_28);
    // geo_type = shape_type[shape]                                                           <L 161>
    var_29 = wp::address(var_shape_type, var_24);
    var_31 = wp::load(var_29);
    var_30 = wp::copy(var_31);
    // if geo_type != GeoType.SPHERE and geo_type != GeoType.CAPSULE and geo_type != GeoType.PLANE:       <L 162>
    var_34 = (var_30 != var_33);
    var_32 = var_34;
    if (var_32) {
        var_36 = (var_30 != var_35);
        var_32 = var_32 && var_36;
    }
    if (var_32) {
        var_38 = (var_30 != var_37);
        var_32 = var_32 && var_38;
    }
    if (var_32) {
        // return                                                                             <L 163>
        return;
    }
    // X_ws = shape_X_bs[shape]                                                               <L 165>
    var_39 = wp::address(var_shape_X_bs, var_24);
    var_41 = wp::load(var_39);
    var_40 = wp::copy(var_41);
    // X_com = wp.vec3(0.0)                                                                   <L 166>
    var_43 = wp::vec_t<3, wp::float32>(var_42);
    // body_twist = wp.spatial_vector()                                                       <L 167>
    var_44 = wp::vec_t<6, wp::float32>();
    // if body >= 0:                                                                          <L 168>
    var_46 = (var_27 >= var_45);
    if (var_46) {
        // X_wb = body_q[body]                                                                <L 169>
        var_47 = wp::address(var_body_q, var_27);
        var_49 = wp::load(var_47);
        var_48 = wp::copy(var_49);
        // X_ws = wp.transform_multiply(X_wb, X_ws)                                           <L 170>
        var_50 = wp::transform_multiply(var_48, var_40);
        // X_com = wp.transform_point(X_wb, com[body])                                        <L 171>
        var_51 = wp::address(var_com, var_27);
        var_53 = wp::load(var_51);
        var_52 = wp::transform_point(var_48, var_53);
        // body_twist = body_qd[body]                                                         <L 172>
        var_54 = wp::address(var_body_qd, var_27);
        var_56 = wp::load(var_54);
        var_55 = wp::copy(var_56);
    }
    var_57 = wp::where(var_46, var_50, var_40);
    var_58 = wp::where(var_46, var_52, var_43);
    var_59 = wp::where(var_46, var_55, var_44);
    // scale = geo_scale[shape]                                                               <L 173>
    var_60 = wp::address(var_geo_scale, var_24);
    var_62 = wp::load(var_60);
    var_61 = wp::copy(var_62);
    // x_local = wp.transform_point(wp.transform_inverse(X_ws), x_p)                          <L 174>
    var_63 = wp::transform_inverse(var_57);
    var_64 = wp::transform_point(var_63, var_15);
    // penetration = radius - shape_sdf(geo_type, scale, x_local)                             <L 175>
    var_65 = shape_sdf_0(var_30, var_61, var_64);
    var_66 = wp::sub(var_21, var_65);
    // if penetration <= 0.0:                                                                 <L 176>
    var_68 = (var_66 <= var_67);
    if (var_68) {
        // return                                                                             <L 177>
        return;
    }
    // n = wp.transform_vector(X_ws, shape_normal(geo_type, scale, x_local))                  <L 178>
    var_69 = shape_normal_0(var_30, var_61, var_64);
    var_70 = wp::transform_vector(var_57, var_69);
    // r_com = x_p - n * (radius - penetration) - X_com                                       <L 180>
    var_71 = wp::sub(var_21, var_66);
    var_72 = wp::mul(var_70, var_71);
    var_73 = wp::sub(var_15, var_72);
    var_74 = wp::sub(var_73, var_58);
    // v_body = wp.spatial_bottom(body_twist) + wp.cross(wp.spatial_top(body_twist), r_com)       <L 181>
    var_75 = wp::spatial_bottom(var_59);
    var_76 = wp::spatial_top(var_59);
    var_77 = wp::cross(var_76, var_74);
    var_78 = wp::add(var_75, var_77);
    // k_n = 0.5 * (k_contact + shape_material_ke[shape])                                     <L 183>
    var_80 = wp::address(var_shape_material_ke, var_24);
    var_82 = wp::load(var_80);
    var_81 = wp::add(var_k_contact, var_82);
    var_83 = wp::mul(var_79, var_81);
    // k_d = 0.5 * (contact_kd + shape_kd[shape])                                             <L 184>
    var_85 = wp::address(var_shape_kd, var_24);
    var_87 = wp::load(var_85);
    var_86 = wp::add(var_contact_kd, var_87);
    var_88 = wp::mul(var_84, var_86);
    // k_f = 0.5 * (kf + shape_material_kf[shape])                                            <L 185>
    var_90 = wp::address(var_shape_material_kf, var_24);
    var_92 = wp::load(var_90);
    var_91 = wp::add(var_kf, var_92);
    var_93 = wp::mul(var_89, var_91);
    // k_mu = 0.5 * (0.5 + shape_mu[shape])                                                   <L 186>
    var_96 = wp::address(var_shape_mu, var_24);
    var_98 = wp::load(var_96);
    var_97 = wp::add(var_95, var_98);
    var_99 = wp::mul(var_94, var_97);
    // f_c = contact_response(n, v_p - v_body, penetration, k_n, k_d, k_mu, k_f)              <L 187>
    var_100 = wp::sub(var_18, var_78);
    var_101 = contact_response_0(var_70, var_100, var_66, var_83, var_88, var_99, var_93);
    // wp.atomic_add(forces, particle, f_c)                                                   <L 188>
    var_102 = wp::atomic_add(var_forces, var_6, var_101);
    // if body >= 0:                                                                          <L 189>
    var_104 = (var_27 >= var_103);
    if (var_104) {
        // wp.atomic_sub(wrenches_out, body, wp.spatial_vector(wp.cross(r_com, f_c), f_c))       <L 190>
        var_105 = wp::cross(var_74, var_101);
        var_106 = wp::vec_t<6, wp::float32>(var_105, var_101);
        var_107 = wp::atomic_sub(var_wrenches_out, var_27, var_106);
    }
}



template <bool wp_linear_contiguous>
static void eval_soft_contacts_14bb36c6_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_eval_soft_contacts_14bb36c6 *_wp_args,
    wp_args_eval_soft_contacts_14bb36c6 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_eval_soft_contacts_14bb36c6 wp_contiguous_args;
    wp_args_eval_soft_contacts_14bb36c6 wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.particle_contact_count.strides[0] = sizeof(wp::int32);
        wp_contiguous_adj_args.particle_contact_count.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.contact_particle.strides[0] = sizeof(wp::int32);
        wp_contiguous_adj_args.contact_particle.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.contact_shape.strides[0] = sizeof(wp::int32);
        wp_contiguous_adj_args.contact_shape.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.particle_flags.strides[0] = sizeof(wp::int32);
        wp_contiguous_adj_args.particle_flags.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.shape_body_index.strides[0] = sizeof(wp::int32);
        wp_contiguous_adj_args.shape_body_index.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.shape_type.strides[0] = sizeof(wp::int32);
        wp_contiguous_adj_args.shape_type.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.shape_X_bs.strides[0] = sizeof(wp::transform_t<wp::float32>);
        wp_contiguous_adj_args.shape_X_bs.strides[0] = sizeof(wp::transform_t<wp::float32>);
        wp_contiguous_args.geo_scale.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.geo_scale.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.body_q.strides[0] = sizeof(wp::transform_t<wp::float32>);
        wp_contiguous_adj_args.body_q.strides[0] = sizeof(wp::transform_t<wp::float32>);
        wp_contiguous_args.body_qd.strides[0] = sizeof(wp::vec_t<6, wp::float32>);
        wp_contiguous_adj_args.body_qd.strides[0] = sizeof(wp::vec_t<6, wp::float32>);
        wp_contiguous_args.com.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.com.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.particle_x.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.particle_x.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.v.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.v.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.radii.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.radii.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.shape_material_ke.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.shape_material_ke.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.shape_kd.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.shape_kd.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.shape_material_kf.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.shape_material_kf.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.shape_mu.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.shape_mu.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.forces.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.forces.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.wrenches_out.strides[0] = sizeof(wp::vec_t<6, wp::float32>);
        wp_contiguous_adj_args.wrenches_out.strides[0] = sizeof(wp::vec_t<6, wp::float32>);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::int32> var_particle_contact_count = _wp_args->particle_contact_count;
    wp::array_t<wp::int32> var_contact_particle = _wp_args->contact_particle;
    wp::array_t<wp::int32> var_contact_shape = _wp_args->contact_shape;
    wp::array_t<wp::int32> var_particle_flags = _wp_args->particle_flags;
    wp::array_t<wp::int32> var_shape_body_index = _wp_args->shape_body_index;
    wp::array_t<wp::int32> var_shape_type = _wp_args->shape_type;
    wp::array_t<wp::transform_t<wp::float32>> var_shape_X_bs = _wp_args->shape_X_bs;
    wp::array_t<wp::vec_t<3, wp::float32>> var_geo_scale = _wp_args->geo_scale;
    wp::array_t<wp::transform_t<wp::float32>> var_body_q = _wp_args->body_q;
    wp::array_t<wp::vec_t<6, wp::float32>> var_body_qd = _wp_args->body_qd;
    wp::array_t<wp::vec_t<3, wp::float32>> var_com = _wp_args->com;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_x = _wp_args->particle_x;
    wp::array_t<wp::vec_t<3, wp::float32>> var_v = _wp_args->v;
    wp::array_t<wp::float32> var_radii = _wp_args->radii;
    wp::array_t<wp::float32> var_shape_material_ke = _wp_args->shape_material_ke;
    wp::array_t<wp::float32> var_shape_kd = _wp_args->shape_kd;
    wp::array_t<wp::float32> var_shape_material_kf = _wp_args->shape_material_kf;
    wp::array_t<wp::float32> var_shape_mu = _wp_args->shape_mu;
    wp::float32 var_k_contact = _wp_args->k_contact;
    wp::float32 var_contact_kd = _wp_args->contact_kd;
    wp::float32 var_kf = _wp_args->kf;
    wp::array_t<wp::vec_t<3, wp::float32>> var_forces = _wp_args->forces;
    wp::array_t<wp::vec_t<6, wp::float32>> var_wrenches_out = _wp_args->wrenches_out;
    wp::array_t<wp::int32> adj_particle_contact_count = _wp_adj_args->particle_contact_count;
    wp::array_t<wp::int32> adj_contact_particle = _wp_adj_args->contact_particle;
    wp::array_t<wp::int32> adj_contact_shape = _wp_adj_args->contact_shape;
    wp::array_t<wp::int32> adj_particle_flags = _wp_adj_args->particle_flags;
    wp::array_t<wp::int32> adj_shape_body_index = _wp_adj_args->shape_body_index;
    wp::array_t<wp::int32> adj_shape_type = _wp_adj_args->shape_type;
    wp::array_t<wp::transform_t<wp::float32>> adj_shape_X_bs = _wp_adj_args->shape_X_bs;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_geo_scale = _wp_adj_args->geo_scale;
    wp::array_t<wp::transform_t<wp::float32>> adj_body_q = _wp_adj_args->body_q;
    wp::array_t<wp::vec_t<6, wp::float32>> adj_body_qd = _wp_adj_args->body_qd;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_com = _wp_adj_args->com;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_x = _wp_adj_args->particle_x;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_v = _wp_adj_args->v;
    wp::array_t<wp::float32> adj_radii = _wp_adj_args->radii;
    wp::array_t<wp::float32> adj_shape_material_ke = _wp_adj_args->shape_material_ke;
    wp::array_t<wp::float32> adj_shape_kd = _wp_adj_args->shape_kd;
    wp::array_t<wp::float32> adj_shape_material_kf = _wp_adj_args->shape_material_kf;
    wp::array_t<wp::float32> adj_shape_mu = _wp_adj_args->shape_mu;
    wp::float32 adj_k_contact = _wp_adj_args->k_contact;
    wp::float32 adj_contact_kd = _wp_adj_args->contact_kd;
    wp::float32 adj_kf = _wp_adj_args->kf;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_forces = _wp_adj_args->forces;
    wp::array_t<wp::vec_t<6, wp::float32>> adj_wrenches_out = _wp_adj_args->wrenches_out;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 0;
    wp::int32* var_2;
    bool var_3;
    wp::int32 var_4;
    wp::int32* var_5;
    wp::int32 var_6;
    wp::int32 var_7;
    wp::int32* var_8;
    const wp::int32 var_9 = 1;
    wp::int32 var_10;
    wp::int32 var_11;
    const wp::int32 var_12 = 0;
    bool var_13;
    wp::vec_t<3, wp::float32>* var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::vec_t<3, wp::float32>* var_17;
    wp::vec_t<3, wp::float32> var_18;
    wp::vec_t<3, wp::float32> var_19;
    wp::float32* var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    wp::int32* var_23;
    wp::int32 var_24;
    wp::int32 var_25;
    wp::int32* var_26;
    wp::int32 var_27;
    wp::int32 var_28;
    wp::int32* var_29;
    wp::int32 var_30;
    wp::int32 var_31;
    bool var_32;
    const wp::int32 var_33 = 0;
    bool var_34;
    const wp::int32 var_35 = 2;
    bool var_36;
    const wp::int32 var_37 = 3;
    bool var_38;
    wp::transform_t<wp::float32>* var_39;
    wp::transform_t<wp::float32> var_40;
    wp::transform_t<wp::float32> var_41;
    const wp::float32 var_42 = 0.0;
    wp::vec_t<3, wp::float32> var_43;
    wp::vec_t<6, wp::float32> var_44;
    const wp::int32 var_45 = 0;
    bool var_46;
    wp::transform_t<wp::float32>* var_47;
    wp::transform_t<wp::float32> var_48;
    wp::transform_t<wp::float32> var_49;
    wp::transform_t<wp::float32> var_50;
    wp::vec_t<3, wp::float32>* var_51;
    wp::vec_t<3, wp::float32> var_52;
    wp::vec_t<3, wp::float32> var_53;
    wp::vec_t<6, wp::float32>* var_54;
    wp::vec_t<6, wp::float32> var_55;
    wp::vec_t<6, wp::float32> var_56;
    wp::transform_t<wp::float32> var_57;
    wp::vec_t<3, wp::float32> var_58;
    wp::vec_t<6, wp::float32> var_59;
    wp::vec_t<3, wp::float32>* var_60;
    wp::vec_t<3, wp::float32> var_61;
    wp::vec_t<3, wp::float32> var_62;
    wp::transform_t<wp::float32> var_63;
    wp::vec_t<3, wp::float32> var_64;
    wp::float32 var_65;
    wp::float32 var_66;
    const wp::float32 var_67 = 0.0;
    bool var_68;
    wp::vec_t<3, wp::float32> var_69;
    wp::vec_t<3, wp::float32> var_70;
    wp::float32 var_71;
    wp::vec_t<3, wp::float32> var_72;
    wp::vec_t<3, wp::float32> var_73;
    wp::vec_t<3, wp::float32> var_74;
    wp::vec_t<3, wp::float32> var_75;
    wp::vec_t<3, wp::float32> var_76;
    wp::vec_t<3, wp::float32> var_77;
    wp::vec_t<3, wp::float32> var_78;
    const wp::float32 var_79 = 0.5;
    wp::float32* var_80;
    wp::float32 var_81;
    wp::float32 var_82;
    wp::float32 var_83;
    const wp::float32 var_84 = 0.5;
    wp::float32* var_85;
    wp::float32 var_86;
    wp::float32 var_87;
    wp::float32 var_88;
    const wp::float32 var_89 = 0.5;
    wp::float32* var_90;
    wp::float32 var_91;
    wp::float32 var_92;
    wp::float32 var_93;
    const wp::float32 var_94 = 0.5;
    const wp::float32 var_95 = 0.5;
    wp::float32* var_96;
    wp::float32 var_97;
    wp::float32 var_98;
    wp::float32 var_99;
    wp::vec_t<3, wp::float32> var_100;
    wp::vec_t<3, wp::float32> var_101;
    wp::vec_t<3, wp::float32> var_102;
    const wp::int32 var_103 = 0;
    bool var_104;
    wp::vec_t<3, wp::float32> var_105;
    wp::vec_t<6, wp::float32> var_106;
    wp::vec_t<6, wp::float32> var_107;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    bool adj_3 = {};
    wp::int32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::int32 adj_12 = {};
    bool adj_13 = {};
    wp::vec_t<3, wp::float32> adj_14 = {};
    wp::vec_t<3, wp::float32> adj_15 = {};
    wp::vec_t<3, wp::float32> adj_16 = {};
    wp::vec_t<3, wp::float32> adj_17 = {};
    wp::vec_t<3, wp::float32> adj_18 = {};
    wp::vec_t<3, wp::float32> adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::int32 adj_23 = {};
    wp::int32 adj_24 = {};
    wp::int32 adj_25 = {};
    wp::int32 adj_26 = {};
    wp::int32 adj_27 = {};
    wp::int32 adj_28 = {};
    wp::int32 adj_29 = {};
    wp::int32 adj_30 = {};
    wp::int32 adj_31 = {};
    bool adj_32 = {};
    wp::int32 adj_33 = {};
    bool adj_34 = {};
    wp::int32 adj_35 = {};
    bool adj_36 = {};
    wp::int32 adj_37 = {};
    bool adj_38 = {};
    wp::transform_t<wp::float32> adj_39 = {};
    wp::transform_t<wp::float32> adj_40 = {};
    wp::transform_t<wp::float32> adj_41 = {};
    wp::float32 adj_42 = {};
    wp::vec_t<3, wp::float32> adj_43 = {};
    wp::vec_t<6, wp::float32> adj_44 = {};
    wp::int32 adj_45 = {};
    bool adj_46 = {};
    wp::transform_t<wp::float32> adj_47 = {};
    wp::transform_t<wp::float32> adj_48 = {};
    wp::transform_t<wp::float32> adj_49 = {};
    wp::transform_t<wp::float32> adj_50 = {};
    wp::vec_t<3, wp::float32> adj_51 = {};
    wp::vec_t<3, wp::float32> adj_52 = {};
    wp::vec_t<3, wp::float32> adj_53 = {};
    wp::vec_t<6, wp::float32> adj_54 = {};
    wp::vec_t<6, wp::float32> adj_55 = {};
    wp::vec_t<6, wp::float32> adj_56 = {};
    wp::transform_t<wp::float32> adj_57 = {};
    wp::vec_t<3, wp::float32> adj_58 = {};
    wp::vec_t<6, wp::float32> adj_59 = {};
    wp::vec_t<3, wp::float32> adj_60 = {};
    wp::vec_t<3, wp::float32> adj_61 = {};
    wp::vec_t<3, wp::float32> adj_62 = {};
    wp::transform_t<wp::float32> adj_63 = {};
    wp::vec_t<3, wp::float32> adj_64 = {};
    wp::float32 adj_65 = {};
    wp::float32 adj_66 = {};
    wp::float32 adj_67 = {};
    bool adj_68 = {};
    wp::vec_t<3, wp::float32> adj_69 = {};
    wp::vec_t<3, wp::float32> adj_70 = {};
    wp::float32 adj_71 = {};
    wp::vec_t<3, wp::float32> adj_72 = {};
    wp::vec_t<3, wp::float32> adj_73 = {};
    wp::vec_t<3, wp::float32> adj_74 = {};
    wp::vec_t<3, wp::float32> adj_75 = {};
    wp::vec_t<3, wp::float32> adj_76 = {};
    wp::vec_t<3, wp::float32> adj_77 = {};
    wp::vec_t<3, wp::float32> adj_78 = {};
    wp::float32 adj_79 = {};
    wp::float32 adj_80 = {};
    wp::float32 adj_81 = {};
    wp::float32 adj_82 = {};
    wp::float32 adj_83 = {};
    wp::float32 adj_84 = {};
    wp::float32 adj_85 = {};
    wp::float32 adj_86 = {};
    wp::float32 adj_87 = {};
    wp::float32 adj_88 = {};
    wp::float32 adj_89 = {};
    wp::float32 adj_90 = {};
    wp::float32 adj_91 = {};
    wp::float32 adj_92 = {};
    wp::float32 adj_93 = {};
    wp::float32 adj_94 = {};
    wp::float32 adj_95 = {};
    wp::float32 adj_96 = {};
    wp::float32 adj_97 = {};
    wp::float32 adj_98 = {};
    wp::float32 adj_99 = {};
    wp::vec_t<3, wp::float32> adj_100 = {};
    wp::vec_t<3, wp::float32> adj_101 = {};
    wp::vec_t<3, wp::float32> adj_102 = {};
    wp::int32 adj_103 = {};
    bool adj_104 = {};
    wp::vec_t<3, wp::float32> adj_105 = {};
    wp::vec_t<6, wp::float32> adj_106 = {};
    wp::vec_t<6, wp::float32> adj_107 = {};
    //---------
    // forward
    // def eval_soft_contacts(                                                                <L 125>
    // tid = wp.tid()                                                                         <L 150>
    var_0 = builtin_tid1d();
    // if tid >= particle_contact_count[0]:                                                   <L 151>
    var_2 = wp::address(var_particle_contact_count, var_1);
    var_4 = wp::load(var_2);
    var_3 = (var_0 >= var_4);
    if (var_3) {
        // return                                                                             <L 152>
        goto label0;
    }
    // particle = contact_particle[tid]                                                       <L 153>
    var_5 = wp::address(var_contact_particle, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // if (particle_flags[particle] & ParticleFlags.ACTIVE) == 0:                             <L 154>
    var_8 = wp::address(var_particle_flags, var_6);
    var_11 = wp::load(var_8);
    var_10 = wp::bit_and(var_11, var_9);
    var_13 = (var_10 == var_12);
    if (var_13) {
        // return                                                                             <L 155>
        goto label1;
    }
    // x_p = particle_x[particle]                                                             <L 156>
    var_14 = wp::address(var_particle_x, var_6);
    var_16 = wp::load(var_14);
    var_15 = wp::copy(var_16);
    // v_p = v[particle]                                                                      <L 157>
    var_17 = wp::address(var_v, var_6);
    var_19 = wp::load(var_17);
    var_18 = wp::copy(var_19);
    // radius = radii[particle]                                                               <L 158>
    var_20 = wp::address(var_radii, var_6);
    var_22 = wp::load(var_20);
    var_21 = wp::copy(var_22);
    // shape = contact_shape[tid]                                                             <L 159>
    var_23 = wp::address(var_contact_shape, var_0);
    var_25 = wp::load(var_23);
    var_24 = wp::copy(var_25);
    // body = shape_body_index[shape]                                                         <L 160>
    var_26 = wp::address(var_shape_body_index, var_24);
    var_28 = wp::load(var_26);
    var_27 = wp::copy(var_28);
    // geo_type = shape_type[shape]                                                           <L 161>
    var_29 = wp::address(var_shape_type, var_24);
    var_31 = wp::load(var_29);
    var_30 = wp::copy(var_31);
    // if geo_type != GeoType.SPHERE and geo_type != GeoType.CAPSULE and geo_type != GeoType.PLANE:       <L 162>
    var_34 = (var_30 != var_33);
    var_32 = var_34;
    if (var_32) {
        var_36 = (var_30 != var_35);
        var_32 = var_32 && var_36;
    }
    if (var_32) {
        var_38 = (var_30 != var_37);
        var_32 = var_32 && var_38;
    }
    if (var_32) {
        // return                                                                             <L 163>
        goto label2;
    }
    // X_ws = shape_X_bs[shape]                                                               <L 165>
    var_39 = wp::address(var_shape_X_bs, var_24);
    var_41 = wp::load(var_39);
    var_40 = wp::copy(var_41);
    // X_com = wp.vec3(0.0)                                                                   <L 166>
    var_43 = wp::vec_t<3, wp::float32>(var_42);
    // body_twist = wp.spatial_vector()                                                       <L 167>
    var_44 = wp::vec_t<6, wp::float32>();
    // if body >= 0:                                                                          <L 168>
    var_46 = (var_27 >= var_45);
    if (var_46) {
        // X_wb = body_q[body]                                                                <L 169>
        var_47 = wp::address(var_body_q, var_27);
        var_49 = wp::load(var_47);
        var_48 = wp::copy(var_49);
        // X_ws = wp.transform_multiply(X_wb, X_ws)                                           <L 170>
        var_50 = wp::transform_multiply(var_48, var_40);
        // X_com = wp.transform_point(X_wb, com[body])                                        <L 171>
        var_51 = wp::address(var_com, var_27);
        var_53 = wp::load(var_51);
        var_52 = wp::transform_point(var_48, var_53);
        // body_twist = body_qd[body]                                                         <L 172>
        var_54 = wp::address(var_body_qd, var_27);
        var_56 = wp::load(var_54);
        var_55 = wp::copy(var_56);
    }
    var_57 = wp::where(var_46, var_50, var_40);
    var_58 = wp::where(var_46, var_52, var_43);
    var_59 = wp::where(var_46, var_55, var_44);
    // scale = geo_scale[shape]                                                               <L 173>
    var_60 = wp::address(var_geo_scale, var_24);
    var_62 = wp::load(var_60);
    var_61 = wp::copy(var_62);
    // x_local = wp.transform_point(wp.transform_inverse(X_ws), x_p)                          <L 174>
    var_63 = wp::transform_inverse(var_57);
    var_64 = wp::transform_point(var_63, var_15);
    // penetration = radius - shape_sdf(geo_type, scale, x_local)                             <L 175>
    var_65 = shape_sdf_0(var_30, var_61, var_64);
    var_66 = wp::sub(var_21, var_65);
    // if penetration <= 0.0:                                                                 <L 176>
    var_68 = (var_66 <= var_67);
    if (var_68) {
        // return                                                                             <L 177>
        goto label3;
    }
    // n = wp.transform_vector(X_ws, shape_normal(geo_type, scale, x_local))                  <L 178>
    var_69 = shape_normal_0(var_30, var_61, var_64);
    var_70 = wp::transform_vector(var_57, var_69);
    // r_com = x_p - n * (radius - penetration) - X_com                                       <L 180>
    var_71 = wp::sub(var_21, var_66);
    var_72 = wp::mul(var_70, var_71);
    var_73 = wp::sub(var_15, var_72);
    var_74 = wp::sub(var_73, var_58);
    // v_body = wp.spatial_bottom(body_twist) + wp.cross(wp.spatial_top(body_twist), r_com)       <L 181>
    var_75 = wp::spatial_bottom(var_59);
    var_76 = wp::spatial_top(var_59);
    var_77 = wp::cross(var_76, var_74);
    var_78 = wp::add(var_75, var_77);
    // k_n = 0.5 * (k_contact + shape_material_ke[shape])                                     <L 183>
    var_80 = wp::address(var_shape_material_ke, var_24);
    var_82 = wp::load(var_80);
    var_81 = wp::add(var_k_contact, var_82);
    var_83 = wp::mul(var_79, var_81);
    // k_d = 0.5 * (contact_kd + shape_kd[shape])                                             <L 184>
    var_85 = wp::address(var_shape_kd, var_24);
    var_87 = wp::load(var_85);
    var_86 = wp::add(var_contact_kd, var_87);
    var_88 = wp::mul(var_84, var_86);
    // k_f = 0.5 * (kf + shape_material_kf[shape])                                            <L 185>
    var_90 = wp::address(var_shape_material_kf, var_24);
    var_92 = wp::load(var_90);
    var_91 = wp::add(var_kf, var_92);
    var_93 = wp::mul(var_89, var_91);
    // k_mu = 0.5 * (0.5 + shape_mu[shape])                                                   <L 186>
    var_96 = wp::address(var_shape_mu, var_24);
    var_98 = wp::load(var_96);
    var_97 = wp::add(var_95, var_98);
    var_99 = wp::mul(var_94, var_97);
    // f_c = contact_response(n, v_p - v_body, penetration, k_n, k_d, k_mu, k_f)              <L 187>
    var_100 = wp::sub(var_18, var_78);
    var_101 = contact_response_0(var_70, var_100, var_66, var_83, var_88, var_99, var_93);
    // wp.atomic_add(forces, particle, f_c)                                                   <L 188>
    // var_102 = wp::atomic_add(var_forces, var_6, var_101);
    // if body >= 0:                                                                          <L 189>
    var_104 = (var_27 >= var_103);
    if (var_104) {
        // wp.atomic_sub(wrenches_out, body, wp.spatial_vector(wp.cross(r_com, f_c), f_c))       <L 190>
        var_105 = wp::cross(var_74, var_101);
        var_106 = wp::vec_t<6, wp::float32>(var_105, var_101);
        // var_107 = wp::atomic_sub(var_wrenches_out, var_27, var_106);
    }
    //---------
    // reverse
    if (var_104) {
        wp::adj_atomic_sub(var_wrenches_out, var_27, var_106, adj_wrenches_out, adj_27, adj_106, adj_107);
        wp::adj_vec_t(var_105, var_101, adj_105, adj_101, adj_106);
        wp::adj_cross(var_74, var_101, adj_74, adj_101, adj_105);
        // adj: wp.atomic_sub(wrenches_out, body, wp.spatial_vector(wp.cross(r_com, f_c), f_c))  <L 190>
    }
    // adj: if body >= 0:                                                                     <L 189>
    wp::adj_atomic_add(var_forces, var_6, var_101, adj_forces, adj_6, adj_101, adj_102);
    // adj: wp.atomic_add(forces, particle, f_c)                                              <L 188>
    adj_contact_response_0(var_70, var_100, var_66, var_83, var_88, var_99, var_93, adj_70, adj_100, adj_66, adj_83, adj_88, adj_99, adj_93, adj_101);
    wp::adj_sub(var_18, var_78, adj_18, adj_78, adj_100);
    // adj: f_c = contact_response(n, v_p - v_body, penetration, k_n, k_d, k_mu, k_f)         <L 187>
    wp::adj_mul(var_94, var_97, adj_94, adj_97, adj_99);
    wp::adj_add(var_95, var_98, adj_95, adj_96, adj_97);
    wp::adj_address(var_shape_mu, var_24, adj_shape_mu, adj_24, adj_96);
    // adj: k_mu = 0.5 * (0.5 + shape_mu[shape])                                              <L 186>
    wp::adj_mul(var_89, var_91, adj_89, adj_91, adj_93);
    wp::adj_add(var_kf, var_92, adj_kf, adj_90, adj_91);
    wp::adj_address(var_shape_material_kf, var_24, adj_shape_material_kf, adj_24, adj_90);
    // adj: k_f = 0.5 * (kf + shape_material_kf[shape])                                       <L 185>
    wp::adj_mul(var_84, var_86, adj_84, adj_86, adj_88);
    wp::adj_add(var_contact_kd, var_87, adj_contact_kd, adj_85, adj_86);
    wp::adj_address(var_shape_kd, var_24, adj_shape_kd, adj_24, adj_85);
    // adj: k_d = 0.5 * (contact_kd + shape_kd[shape])                                        <L 184>
    wp::adj_mul(var_79, var_81, adj_79, adj_81, adj_83);
    wp::adj_add(var_k_contact, var_82, adj_k_contact, adj_80, adj_81);
    wp::adj_address(var_shape_material_ke, var_24, adj_shape_material_ke, adj_24, adj_80);
    // adj: k_n = 0.5 * (k_contact + shape_material_ke[shape])                                <L 183>
    wp::adj_add(var_75, var_77, adj_75, adj_77, adj_78);
    wp::adj_cross(var_76, var_74, adj_76, adj_74, adj_77);
    wp::adj_spatial_top(var_59, adj_59, adj_76);
    wp::adj_spatial_bottom(var_59, adj_59, adj_75);
    // adj: v_body = wp.spatial_bottom(body_twist) + wp.cross(wp.spatial_top(body_twist), r_com)  <L 181>
    wp::adj_sub(var_73, var_58, adj_73, adj_58, adj_74);
    wp::adj_sub(var_15, var_72, adj_15, adj_72, adj_73);
    wp::adj_mul(var_70, var_71, adj_70, adj_71, adj_72);
    wp::adj_sub(var_21, var_66, adj_21, adj_66, adj_71);
    // adj: r_com = x_p - n * (radius - penetration) - X_com                                  <L 180>
    wp::adj_transform_vector(var_57, var_69, adj_57, adj_69, adj_70);
    adj_shape_normal_0(var_30, var_61, var_64, adj_30, adj_61, adj_64, adj_69);
    // adj: n = wp.transform_vector(X_ws, shape_normal(geo_type, scale, x_local))             <L 178>
    if (var_68) {
        label3:;
        // adj: return                                                                        <L 177>
    }
    // adj: if penetration <= 0.0:                                                            <L 176>
    wp::adj_sub(var_21, var_65, adj_21, adj_65, adj_66);
    adj_shape_sdf_0(var_30, var_61, var_64, adj_30, adj_61, adj_64, adj_65);
    // adj: penetration = radius - shape_sdf(geo_type, scale, x_local)                        <L 175>
    wp::adj_transform_point(var_63, var_15, adj_63, adj_15, adj_64);
    wp::adj_transform_inverse(var_57, adj_57, adj_63);
    // adj: x_local = wp.transform_point(wp.transform_inverse(X_ws), x_p)                     <L 174>
    wp::adj_copy(var_62, adj_60, adj_61);
    wp::adj_address(var_geo_scale, var_24, adj_geo_scale, adj_24, adj_60);
    // adj: scale = geo_scale[shape]                                                          <L 173>
    wp::adj_where(var_46, var_55, var_44, adj_46, adj_55, adj_44, adj_59);
    wp::adj_where(var_46, var_52, var_43, adj_46, adj_52, adj_43, adj_58);
    wp::adj_where(var_46, var_50, var_40, adj_46, adj_50, adj_40, adj_57);
    if (var_46) {
        wp::adj_copy(var_56, adj_54, adj_55);
        wp::adj_address(var_body_qd, var_27, adj_body_qd, adj_27, adj_54);
        // adj: body_twist = body_qd[body]                                                    <L 172>
        wp::adj_transform_point(var_48, var_53, adj_48, adj_51, adj_52);
        wp::adj_address(var_com, var_27, adj_com, adj_27, adj_51);
        // adj: X_com = wp.transform_point(X_wb, com[body])                                   <L 171>
        wp::adj_transform_multiply(var_48, var_40, adj_48, adj_40, adj_50);
        // adj: X_ws = wp.transform_multiply(X_wb, X_ws)                                      <L 170>
        wp::adj_copy(var_49, adj_47, adj_48);
        wp::adj_address(var_body_q, var_27, adj_body_q, adj_27, adj_47);
        // adj: X_wb = body_q[body]                                                           <L 169>
    }
    // adj: if body >= 0:                                                                     <L 168>
    // adj: body_twist = wp.spatial_vector()                                                  <L 167>
    wp::adj_vec_t(var_42, adj_42, adj_43);
    // adj: X_com = wp.vec3(0.0)                                                              <L 166>
    wp::adj_copy(var_41, adj_39, adj_40);
    wp::adj_address(var_shape_X_bs, var_24, adj_shape_X_bs, adj_24, adj_39);
    // adj: X_ws = shape_X_bs[shape]                                                          <L 165>
    if (var_32) {
        label2:;
        // adj: return                                                                        <L 163>
    }
    if (var_32) {
    }
    if (var_32) {
    }
    // adj: if geo_type != GeoType.SPHERE and geo_type != GeoType.CAPSULE and geo_type != GeoType.PLANE:  <L 162>
    wp::adj_copy(var_31, adj_29, adj_30);
    wp::adj_address(var_shape_type, var_24, adj_shape_type, adj_24, adj_29);
    // adj: geo_type = shape_type[shape]                                                      <L 161>
    wp::adj_copy(var_28, adj_26, adj_27);
    wp::adj_address(var_shape_body_index, var_24, adj_shape_body_index, adj_24, adj_26);
    // adj: body = shape_body_index[shape]                                                    <L 160>
    wp::adj_copy(var_25, adj_23, adj_24);
    wp::adj_address(var_contact_shape, var_0, adj_contact_shape, adj_0, adj_23);
    // adj: shape = contact_shape[tid]                                                        <L 159>
    wp::adj_copy(var_22, adj_20, adj_21);
    wp::adj_address(var_radii, var_6, adj_radii, adj_6, adj_20);
    // adj: radius = radii[particle]                                                          <L 158>
    wp::adj_copy(var_19, adj_17, adj_18);
    wp::adj_address(var_v, var_6, adj_v, adj_6, adj_17);
    // adj: v_p = v[particle]                                                                 <L 157>
    wp::adj_copy(var_16, adj_14, adj_15);
    wp::adj_address(var_particle_x, var_6, adj_particle_x, adj_6, adj_14);
    // adj: x_p = particle_x[particle]                                                        <L 156>
    if (var_13) {
        label1:;
        // adj: return                                                                        <L 155>
    }
    wp::adj_address(var_particle_flags, var_6, adj_particle_flags, adj_6, adj_8);
    // adj: if (particle_flags[particle] & ParticleFlags.ACTIVE) == 0:                        <L 154>
    wp::adj_copy(var_7, adj_5, adj_6);
    wp::adj_address(var_contact_particle, var_0, adj_contact_particle, adj_0, adj_5);
    // adj: particle = contact_particle[tid]                                                  <L 153>
    if (var_3) {
        label0:;
        // adj: return                                                                        <L 152>
    }
    wp::adj_address(var_particle_contact_count, var_1, adj_particle_contact_count, adj_1, adj_2);
    // adj: if tid >= particle_contact_count[0]:                                              <L 151>
    // adj: tid = wp.tid()                                                                    <L 150>
    // adj: def eval_soft_contacts(                                                           <L 125>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void eval_soft_contacts_14bb36c6_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_eval_soft_contacts_14bb36c6 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        eval_soft_contacts_14bb36c6_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void eval_soft_contacts_14bb36c6_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_eval_soft_contacts_14bb36c6 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->particle_contact_count.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->contact_particle.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->contact_shape.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->particle_flags.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->shape_body_index.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->shape_type.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->shape_X_bs.strides[0] == (int)sizeof(wp::transform_t<wp::float32>)) & (_wp_args->geo_scale.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->body_q.strides[0] == (int)sizeof(wp::transform_t<wp::float32>)) & (_wp_args->body_qd.strides[0] == (int)sizeof(wp::vec_t<6, wp::float32>)) & (_wp_args->com.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->particle_x.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->v.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->radii.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->shape_material_ke.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->shape_kd.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->shape_material_kf.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->shape_mu.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->forces.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->wrenches_out.strides[0] == (int)sizeof(wp::vec_t<6, wp::float32>)));
    if (wp_linear_contiguous)
        eval_soft_contacts_14bb36c6_cpu_forward_tasks<true>(dim, _wp_args);
    else
        eval_soft_contacts_14bb36c6_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void eval_soft_contacts_14bb36c6_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_eval_soft_contacts_14bb36c6 *_wp_args)
{
    eval_soft_contacts_14bb36c6_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void eval_soft_contacts_14bb36c6_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_eval_soft_contacts_14bb36c6 *_wp_args,
    wp_args_eval_soft_contacts_14bb36c6 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        eval_soft_contacts_14bb36c6_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void eval_soft_contacts_14bb36c6_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_eval_soft_contacts_14bb36c6 *_wp_args,
    wp_args_eval_soft_contacts_14bb36c6 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->particle_contact_count.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->particle_contact_count.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->contact_particle.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->contact_particle.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->contact_shape.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->contact_shape.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->particle_flags.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->particle_flags.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->shape_body_index.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->shape_body_index.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->shape_type.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->shape_type.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->shape_X_bs.strides[0] == (int)sizeof(wp::transform_t<wp::float32>)) & (_wp_adj_args->shape_X_bs.strides[0] == (int)sizeof(wp::transform_t<wp::float32>)) & (_wp_args->geo_scale.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->geo_scale.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->body_q.strides[0] == (int)sizeof(wp::transform_t<wp::float32>)) & (_wp_adj_args->body_q.strides[0] == (int)sizeof(wp::transform_t<wp::float32>)) & (_wp_args->body_qd.strides[0] == (int)sizeof(wp::vec_t<6, wp::float32>)) & (_wp_adj_args->body_qd.strides[0] == (int)sizeof(wp::vec_t<6, wp::float32>)) & (_wp_args->com.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->com.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->particle_x.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->particle_x.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->v.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->v.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->radii.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->radii.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->shape_material_ke.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->shape_material_ke.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->shape_kd.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->shape_kd.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->shape_material_kf.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->shape_material_kf.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->shape_mu.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->shape_mu.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->forces.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->forces.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->wrenches_out.strides[0] == (int)sizeof(wp::vec_t<6, wp::float32>)) & (_wp_adj_args->wrenches_out.strides[0] == (int)sizeof(wp::vec_t<6, wp::float32>)));
    if (wp_linear_contiguous)
        eval_soft_contacts_14bb36c6_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        eval_soft_contacts_14bb36c6_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void eval_soft_contacts_14bb36c6_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_eval_soft_contacts_14bb36c6 *_wp_args,
    wp_args_eval_soft_contacts_14bb36c6 *_wp_adj_args)
{
    eval_soft_contacts_14bb36c6_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

struct wp_args_prepare_contact_buffers_8c19a281 {
    wp::int32 world_count;
    wp::array_t<wp::int32> contact_count;
    wp::array_t<wp::int32> contact_overflow;
    wp::array_t<wp::int32> contact_shape0;
    wp::array_t<wp::int32> contact_shape1;
    wp::array_t<wp::int32> world_contact_count;
};


template <bool wp_linear_contiguous>
static void prepare_contact_buffers_8c19a281_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_prepare_contact_buffers_8c19a281 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::int32 var_world_count = _wp_args->world_count;
    wp::array_t<wp::int32> var_contact_count = _wp_args->contact_count;
    wp::array_t<wp::int32> var_contact_overflow = _wp_args->contact_overflow;
    wp::array_t<wp::int32> var_contact_shape0 = _wp_args->contact_shape0;
    wp::array_t<wp::int32> var_contact_shape1 = _wp_args->contact_shape1;
    wp::array_t<wp::int32> var_world_contact_count = _wp_args->world_contact_count;
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::int32* var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    wp::shape_t* var_4;
    const wp::int32 var_5 = 0;
    wp::int32 var_6;
    wp::shape_t var_7;
    bool var_8;
    const wp::int32 var_9 = 1;
    const wp::int32 var_10 = 0;
    wp::int32 var_11;
    wp::int32 var_12;
    wp::range_t var_13;
    wp::int32 var_14;
    const wp::int32 var_15 = -1;
    const wp::int32 var_16 = -1;
    wp::range_t var_17;
    wp::int32 var_18;
    const wp::int32 var_19 = 0;
    const wp::int32 var_20 = 0;
    const wp::int32 var_21 = 0;
    //---------
    // forward
    // def prepare_contact_buffers(                                                           <L 16>
    // count = contact_count[0]                                                               <L 24>
    var_1 = wp::address(var_contact_count, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // capacity = contact_shape0.shape[0]                                                     <L 25>
    var_4 = &(var_contact_shape0.shape);
    var_7 = wp::load(var_4);
    var_6 = wp::extract(var_7, var_5);
    // if count > capacity:                                                                   <L 26>
    var_8 = (var_2 > var_6);
    if (var_8) {
        // contact_overflow[0] = 1                                                            <L 27>
        wp::array_store(var_contact_overflow, var_10, var_9);
        // count = capacity                                                                   <L 28>
        var_11 = wp::copy(var_6);
    }
    var_12 = wp::where(var_8, var_11, var_2);
    // for k in range(capacity):                                                              <L 30>
    var_13 = wp::range(var_6);
    start_for_0:;
        if (iter_cmp(var_13) == 0) goto end_for_0;
        var_14 = wp::iter_next(var_13);
        // contact_shape0[k] = -1                                                             <L 31>
        wp::array_store(var_contact_shape0, var_14, var_15);
        // contact_shape1[k] = -1                                                             <L 32>
        wp::array_store(var_contact_shape1, var_14, var_16);
        goto start_for_0;
    end_for_0:;
    // for w in range(world_count):                                                           <L 33>
    var_17 = wp::range(var_world_count);
    start_for_2:;
        if (iter_cmp(var_17) == 0) goto end_for_2;
        var_18 = wp::iter_next(var_17);
        // world_contact_count[w] = 0                                                         <L 34>
        wp::array_store(var_world_contact_count, var_18, var_19);
        goto start_for_2;
    end_for_2:;
    // contact_count[0] = 0                                                                   <L 35>
    wp::array_store(var_contact_count, var_21, var_20);
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void prepare_contact_buffers_8c19a281_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_prepare_contact_buffers_8c19a281 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        prepare_contact_buffers_8c19a281_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void prepare_contact_buffers_8c19a281_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_prepare_contact_buffers_8c19a281 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    prepare_contact_buffers_8c19a281_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void prepare_contact_buffers_8c19a281_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_prepare_contact_buffers_8c19a281 *_wp_args)
{
    prepare_contact_buffers_8c19a281_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C

struct wp_args_broadphase_collision_pairs_b6b9dfbc {
    wp::array_t<wp::int32> shape_body;
    wp::array_t<wp::int32> shape_type;
    wp::array_t<wp::transform_t<wp::float32>> shape_X_bs;
    wp::array_t<wp::vec_t<3, wp::float32>> geo_scale;
    wp::array_t<wp::transform_t<wp::float32>> body_q;
    wp::int32 shape_count;
    wp::int32 contact_max;
    wp::array_t<wp::int32> pair_count;
    wp::array_t<wp::vec_t<2, wp::int32>> contact_pairs;
};


template <bool wp_linear_contiguous>
static void broadphase_collision_pairs_b6b9dfbc_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_broadphase_collision_pairs_b6b9dfbc *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_broadphase_collision_pairs_b6b9dfbc wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.shape_body.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.shape_type.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.shape_X_bs.strides[0] = sizeof(wp::transform_t<wp::float32>);
        wp_contiguous_args.geo_scale.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.body_q.strides[0] = sizeof(wp::transform_t<wp::float32>);
        wp_contiguous_args.pair_count.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.contact_pairs.strides[0] = sizeof(wp::vec_t<2, wp::int32>);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::int32> var_shape_body = _wp_args->shape_body;
    wp::array_t<wp::int32> var_shape_type = _wp_args->shape_type;
    wp::array_t<wp::transform_t<wp::float32>> var_shape_X_bs = _wp_args->shape_X_bs;
    wp::array_t<wp::vec_t<3, wp::float32>> var_geo_scale = _wp_args->geo_scale;
    wp::array_t<wp::transform_t<wp::float32>> var_body_q = _wp_args->body_q;
    wp::int32 var_shape_count = _wp_args->shape_count;
    wp::int32 var_contact_max = _wp_args->contact_max;
    wp::array_t<wp::int32> var_pair_count = _wp_args->pair_count;
    wp::array_t<wp::vec_t<2, wp::int32>> var_contact_pairs = _wp_args->contact_pairs;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int32 var_2;
    bool var_3;
    bool var_4;
    bool var_5;
    wp::int32* var_6;
    wp::int32 var_7;
    wp::int32 var_8;
    wp::int32* var_9;
    wp::int32 var_10;
    wp::int32 var_11;
    bool var_12;
    wp::transform_t<wp::float32>* var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::transform_t<wp::float32> var_15;
    wp::transform_t<wp::float32>* var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::transform_t<wp::float32> var_18;
    wp::int32* var_19;
    wp::vec_t<3, wp::float32>* var_20;
    wp::float32 var_21;
    wp::int32 var_22;
    wp::vec_t<3, wp::float32> var_23;
    wp::int32* var_24;
    wp::vec_t<3, wp::float32>* var_25;
    wp::float32 var_26;
    wp::int32 var_27;
    wp::vec_t<3, wp::float32> var_28;
    wp::float32 var_29;
    wp::vec_t<3, wp::float32> var_30;
    wp::float32 var_31;
    wp::float32 var_32;
    bool var_33;
    const wp::int32 var_34 = 0;
    const wp::int32 var_35 = 1;
    wp::int32 var_36;
    bool var_37;
    wp::vec_t<2, wp::int32> var_38;
    //---------
    // forward
    // def broadphase_collision_pairs(                                                        <L 55>
    // tid = wp.tid()                                                                         <L 67>
    var_0 = builtin_tid1d();
    // shape_a = tid // shape_count                                                           <L 68>
    var_1 = wp::floordiv(var_0, var_shape_count);
    // shape_b = tid % shape_count                                                            <L 69>
    var_2 = wp::mod(var_0, var_shape_count);
    // if shape_a >= shape_count or shape_b <= shape_a:                                       <L 71>
    var_4 = (var_1 >= var_shape_count);
    var_3 = var_4;
    if (!var_3) {
        var_5 = (var_2 <= var_1);
        var_3 = var_3 || var_5;
    }
    if (var_3) {
        // return                                                                             <L 72>
        return;
    }
    // body_a = shape_body[shape_a]                                                           <L 73>
    var_6 = wp::address(var_shape_body, var_1);
    var_8 = wp::load(var_6);
    var_7 = wp::copy(var_8);
    // body_b = shape_body[shape_b]                                                           <L 74>
    var_9 = wp::address(var_shape_body, var_2);
    var_11 = wp::load(var_9);
    var_10 = wp::copy(var_11);
    // if body_a == body_b:                                                                   <L 76>
    var_12 = (var_7 == var_10);
    if (var_12) {
        // return                                                                             <L 77>
        return;
    }
    // c_a = shape_center(body_q, body_a, shape_X_bs[shape_a])                                <L 78>
    var_13 = wp::address(var_shape_X_bs, var_1);
    var_15 = wp::load(var_13);
    var_14 = shape_center_0(var_body_q, var_7, var_15);
    // c_b = shape_center(body_q, body_b, shape_X_bs[shape_b])                                <L 79>
    var_16 = wp::address(var_shape_X_bs, var_2);
    var_18 = wp::load(var_16);
    var_17 = shape_center_0(var_body_q, var_10, var_18);
    // r = bounding_radius(shape_type[shape_a], geo_scale[shape_a]) + bounding_radius(shape_type[shape_b], geo_scale[shape_b])       <L 80>
    var_19 = wp::address(var_shape_type, var_1);
    var_20 = wp::address(var_geo_scale, var_1);
    var_22 = wp::load(var_19);
    var_23 = wp::load(var_20);
    var_21 = bounding_radius_0(var_22, var_23);
    var_24 = wp::address(var_shape_type, var_2);
    var_25 = wp::address(var_geo_scale, var_2);
    var_27 = wp::load(var_24);
    var_28 = wp::load(var_25);
    var_26 = bounding_radius_0(var_27, var_28);
    var_29 = wp::add(var_21, var_26);
    // if wp.length_sq(c_b - c_a) > r * r:                                                    <L 81>
    var_30 = wp::sub(var_17, var_14);
    var_31 = wp::length_sq(var_30);
    var_32 = wp::mul(var_29, var_29);
    var_33 = (var_31 > var_32);
    if (var_33) {
        // return                                                                             <L 82>
        return;
    }
    // slot = wp.atomic_add(pair_count, 0, 1)                                                 <L 83>
    var_36 = wp::atomic_add(var_pair_count, var_34, var_35);
    // if slot < contact_max:                                                                 <L 84>
    var_37 = (var_36 < var_contact_max);
    if (var_37) {
        // contact_pairs[slot] = wp.vec2i(shape_a, shape_b)                                   <L 85>
        var_38 = wp::vec_t<2, wp::int32>(var_1, var_2);
        wp::array_store(var_contact_pairs, var_36, var_38);
    }
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void broadphase_collision_pairs_b6b9dfbc_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_broadphase_collision_pairs_b6b9dfbc *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        broadphase_collision_pairs_b6b9dfbc_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void broadphase_collision_pairs_b6b9dfbc_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_broadphase_collision_pairs_b6b9dfbc *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->shape_body.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->shape_type.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->shape_X_bs.strides[0] == (int)sizeof(wp::transform_t<wp::float32>)) & (_wp_args->geo_scale.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->body_q.strides[0] == (int)sizeof(wp::transform_t<wp::float32>)) & (_wp_args->pair_count.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->contact_pairs.strides[0] == (int)sizeof(wp::vec_t<2, wp::int32>)));
    if (wp_linear_contiguous)
        broadphase_collision_pairs_b6b9dfbc_cpu_forward_tasks<true>(dim, _wp_args);
    else
        broadphase_collision_pairs_b6b9dfbc_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void broadphase_collision_pairs_b6b9dfbc_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_broadphase_collision_pairs_b6b9dfbc *_wp_args)
{
    broadphase_collision_pairs_b6b9dfbc_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C

