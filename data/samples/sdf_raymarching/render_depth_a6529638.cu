// Warp 1.19.0 cuda code for render_depth_a6529638.py; preceded by preamble_cuda_93b22071978ccd96.cuh

// render_depth.py:4
static CUDA_CALLABLE wp::float32 sdf_shape_0(
    wp::vec_t<3, wp::float32> var_p,
    wp::float32 var_r)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 1;
    wp::float32 var_1;
    const wp::float32 var_2 = -1.0;
    const wp::float32 var_3 = 1.0;
    wp::float32 var_4;
    const wp::float32 var_5 = 0.0;
    const wp::float32 var_6 = 0.0;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    //---------
    // forward
    // def sdf_shape(p: wp.vec3, r: float):                                                   <L 5>
    // h = wp.clamp(p[1], -1.0, 1.0)                                                          <L 7>
    var_1 = wp::extract(var_p, var_0);
    var_4 = wp::clamp(var_1, var_2, var_3);
    // return wp.length(p - wp.vec3(0.0, h, 0.0)) - r                                         <L 8>
    var_7 = wp::vec_t<3, wp::float32>(var_5, var_4, var_6);
    var_8 = wp::sub(var_p, var_7);
    var_9 = wp::length(var_8);
    var_10 = wp::sub(var_9, var_r);
    return var_10;
}


// render_depth.py:4
static CUDA_CALLABLE void adj_sdf_shape_0(
    wp::vec_t<3, wp::float32> var_p,
    wp::float32 var_r,
    wp::vec_t<3, wp::float32> & adj_p,
    wp::float32 & adj_r,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 1;
    wp::float32 var_1;
    const wp::float32 var_2 = -1.0;
    const wp::float32 var_3 = 1.0;
    wp::float32 var_4;
    const wp::float32 var_5 = 0.0;
    const wp::float32 var_6 = 0.0;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    //---------
    // forward
    // def sdf_shape(p: wp.vec3, r: float):                                                   <L 5>
    // h = wp.clamp(p[1], -1.0, 1.0)                                                          <L 7>
    var_1 = wp::extract(var_p, var_0);
    var_4 = wp::clamp(var_1, var_2, var_3);
    // return wp.length(p - wp.vec3(0.0, h, 0.0)) - r                                         <L 8>
    var_7 = wp::vec_t<3, wp::float32>(var_5, var_4, var_6);
    var_8 = wp::sub(var_p, var_7);
    var_9 = wp::length(var_8);
    var_10 = wp::sub(var_9, var_r);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_10 += adj_ret;
    wp::adj_sub(var_9, var_r, adj_9, adj_r, adj_10);
    wp::adj_length(var_8, var_9, adj_8, adj_9);
    wp::adj_sub(var_p, var_7, adj_p, adj_7, adj_8);
    wp::adj_vec_t(var_5, var_4, var_6, adj_5, adj_4, adj_6, adj_7);
    // adj: return wp.length(p - wp.vec3(0.0, h, 0.0)) - r                                    <L 8>
    wp::adj_clamp(var_1, var_2, var_3, adj_1, adj_2, adj_3, adj_4);
    wp::adj_extract(var_p, var_0, adj_p, adj_0, adj_1);
    // adj: h = wp.clamp(p[1], -1.0, 1.0)                                                     <L 7>
    // adj: def sdf_shape(p: wp.vec3, r: float):                                              <L 5>
    return;
}



extern "C" __global__ void render_depth_4ff07340_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_depth_out,
    wp::vec_t<3, wp::float32> var_eye,
    wp::quat_t<wp::float32> var_camera_rotation,
    wp::float32 var_max_dist)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
            // reset shared memory allocator
    wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::int32 var_1;
        wp::shape_t* var_2;
        const wp::int32 var_3 = 0;
        wp::int32 var_4;
        wp::shape_t var_5;
        wp::shape_t* var_6;
        const wp::int32 var_7 = 1;
        wp::int32 var_8;
        wp::shape_t var_9;
        const wp::float32 var_10 = 2.0;
        wp::float32 var_11;
        wp::float32 var_12;
        wp::float32 var_13;
        wp::float32 var_14;
        wp::float32 var_15;
        wp::float32 var_16;
        const wp::float32 var_17 = 2.0;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        wp::float32 var_21;
        wp::float32 var_22;
        wp::float32 var_23;
        const wp::float32 var_24 = -2.0;
        wp::vec_t<3, wp::float32> var_25;
        wp::vec_t<3, wp::float32> var_26;
        wp::vec_t<3, wp::float32> var_27;
        const wp::float32 var_28 = 0.0;
        wp::float32 var_29;
        const wp::int32 var_30 = 128;
        wp::range_t var_31;
        wp::int32 var_32;
        wp::vec_t<3, wp::float32> var_33;
        wp::vec_t<3, wp::float32> var_34;
        const wp::float32 var_35 = 0.5;
        wp::float32 var_36;
        bool var_37;
        const wp::float32 var_38 = 0.0001;
        bool var_39;
        bool var_40;
        wp::float32 var_41;
        wp::float32 var_42;
        //---------
        // forward
        // def render_depth(                                                                      <L 12>
        // i, j = wp.tid()                                                                        <L 18>
        builtin_tid2d(var_0, var_1);
        // width = depth_out.shape[0]                                                             <L 19>
        var_2 = &(var_depth_out.shape);
        var_5 = wp::load(var_2);
        var_4 = wp::extract(var_5, var_3);
        // height = depth_out.shape[1]                                                            <L 20>
        var_6 = &(var_depth_out.shape);
        var_9 = wp::load(var_6);
        var_8 = wp::extract(var_9, var_7);
        // sx = (2.0 * float(i) - float(width)) / float(height)                                   <L 23>
        var_11 = wp::float(var_0);
        var_12 = wp::mul(var_10, var_11);
        var_13 = wp::float(var_4);
        var_14 = wp::sub(var_12, var_13);
        var_15 = wp::float(var_8);
        var_16 = wp::div(var_14, var_15);
        // sy = (2.0 * float(j) - float(height)) / float(height)                                  <L 24>
        var_18 = wp::float(var_1);
        var_19 = wp::mul(var_17, var_18);
        var_20 = wp::float(var_8);
        var_21 = wp::sub(var_19, var_20);
        var_22 = wp::float(var_8);
        var_23 = wp::div(var_21, var_22);
        // rd = wp.quat_rotate(camera_rotation, wp.normalize(wp.vec3(sx, sy, -2.0)))              <L 25>
        var_25 = wp::vec_t<3, wp::float32>(var_16, var_23, var_24);
        var_26 = wp::normalize(var_25);
        var_27 = wp::quat_rotate(var_camera_rotation, var_26);
        // t = float(0.0)                                                                         <L 26>
        var_29 = wp::float(var_28);
        // for _step in range(128):                                                               <L 27>
        var_31 = wp::range(var_30);
        start_for_0:;
            if (iter_cmp(var_31) == 0) goto end_for_0;
            var_32 = wp::iter_next(var_31);
            // d = sdf_shape(eye + rd * t, 0.5)                                                   <L 28>
            var_33 = wp::mul(var_27, var_29);
            var_34 = wp::add(var_eye, var_33);
            var_36 = sdf_shape_0(var_34, var_35);
            // if d < 1.0e-4 or t > max_dist:                                                     <L 29>
            var_39 = (var_36 < var_38);
            var_37 = var_39;
            if (!var_37) {
                var_40 = (var_29 > var_max_dist);
                var_37 = var_37 || var_40;
            }
            if (var_37) {
                // break                                                                          <L 30>
                goto end_for_0;
            }
            // t += d                                                                             <L 31>
            var_41 = wp::add(var_29, var_36);
            wp::assign(var_29, var_41);
            goto start_for_0;
        end_for_0:;
        // depth_out[i, j] = wp.min(t, max_dist)                                                  <L 32>
        var_42 = wp::min(var_29, var_max_dist);
        wp::array_store(var_depth_out, var_0, var_1, var_42);
}



extern "C" __global__ void render_depth_4ff07340_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_depth_out,
    wp::vec_t<3, wp::float32> var_eye,
    wp::quat_t<wp::float32> var_camera_rotation,
    wp::float32 var_max_dist,
    wp::array_t<wp::float32> adj_depth_out,
    wp::vec_t<3, wp::float32> adj_eye,
    wp::quat_t<wp::float32> adj_camera_rotation,
    wp::float32 adj_max_dist)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
            // reset shared memory allocator
    wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::int32 var_1;
        wp::shape_t* var_2;
        const wp::int32 var_3 = 0;
        wp::int32 var_4;
        wp::shape_t var_5;
        wp::shape_t* var_6;
        const wp::int32 var_7 = 1;
        wp::int32 var_8;
        wp::shape_t var_9;
        const wp::float32 var_10 = 2.0;
        wp::float32 var_11;
        wp::float32 var_12;
        wp::float32 var_13;
        wp::float32 var_14;
        wp::float32 var_15;
        wp::float32 var_16;
        const wp::float32 var_17 = 2.0;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        wp::float32 var_21;
        wp::float32 var_22;
        wp::float32 var_23;
        const wp::float32 var_24 = -2.0;
        wp::vec_t<3, wp::float32> var_25;
        wp::vec_t<3, wp::float32> var_26;
        wp::vec_t<3, wp::float32> var_27;
        const wp::float32 var_28 = 0.0;
        wp::float32 var_29;
        const wp::int32 var_30 = 128;
        wp::range_t var_31;
        wp::int32 var_32;
        wp::vec_t<3, wp::float32> var_33;
        wp::vec_t<3, wp::float32> var_34;
        const wp::float32 var_35 = 0.5;
        wp::float32 var_36;
        bool var_37;
        const wp::float32 var_38 = 0.0001;
        bool var_39;
        bool var_40;
        wp::float32 var_41;
        wp::float32 var_42;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::shape_t adj_2 = {};
        wp::int32 adj_3 = {};
        wp::int32 adj_4 = {};
        wp::shape_t adj_5 = {};
        wp::shape_t adj_6 = {};
        wp::int32 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::shape_t adj_9 = {};
        wp::float32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::float32 adj_20 = {};
        wp::float32 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::float32 adj_23 = {};
        wp::float32 adj_24 = {};
        wp::vec_t<3, wp::float32> adj_25 = {};
        wp::vec_t<3, wp::float32> adj_26 = {};
        wp::vec_t<3, wp::float32> adj_27 = {};
        wp::float32 adj_28 = {};
        wp::float32 adj_29 = {};
        wp::int32 adj_30 = {};
        wp::range_t adj_31 = {};
        wp::int32 adj_32 = {};
        wp::vec_t<3, wp::float32> adj_33 = {};
        wp::vec_t<3, wp::float32> adj_34 = {};
        wp::float32 adj_35 = {};
        wp::float32 adj_36 = {};
        bool adj_37 = {};
        wp::float32 adj_38 = {};
        bool adj_39 = {};
        bool adj_40 = {};
        wp::float32 adj_41 = {};
        wp::float32 adj_42 = {};
        //---------
        // forward
        // def render_depth(                                                                      <L 12>
        // i, j = wp.tid()                                                                        <L 18>
        builtin_tid2d(var_0, var_1);
        // width = depth_out.shape[0]                                                             <L 19>
        var_2 = &(var_depth_out.shape);
        var_5 = wp::load(var_2);
        var_4 = wp::extract(var_5, var_3);
        // height = depth_out.shape[1]                                                            <L 20>
        var_6 = &(var_depth_out.shape);
        var_9 = wp::load(var_6);
        var_8 = wp::extract(var_9, var_7);
        // sx = (2.0 * float(i) - float(width)) / float(height)                                   <L 23>
        var_11 = wp::float(var_0);
        var_12 = wp::mul(var_10, var_11);
        var_13 = wp::float(var_4);
        var_14 = wp::sub(var_12, var_13);
        var_15 = wp::float(var_8);
        var_16 = wp::div(var_14, var_15);
        // sy = (2.0 * float(j) - float(height)) / float(height)                                  <L 24>
        var_18 = wp::float(var_1);
        var_19 = wp::mul(var_17, var_18);
        var_20 = wp::float(var_8);
        var_21 = wp::sub(var_19, var_20);
        var_22 = wp::float(var_8);
        var_23 = wp::div(var_21, var_22);
        // rd = wp.quat_rotate(camera_rotation, wp.normalize(wp.vec3(sx, sy, -2.0)))              <L 25>
        var_25 = wp::vec_t<3, wp::float32>(var_16, var_23, var_24);
        var_26 = wp::normalize(var_25);
        var_27 = wp::quat_rotate(var_camera_rotation, var_26);
        // t = float(0.0)                                                                         <L 26>
        var_29 = wp::float(var_28);
        // for _step in range(128):                                                               <L 27>
        var_31 = wp::range(var_30);
        // depth_out[i, j] = wp.min(t, max_dist)                                                  <L 32>
        var_42 = wp::min(var_29, var_max_dist);
        // wp::array_store(var_depth_out, var_0, var_1, var_42);
        //---------
        // reverse
        wp::adj_array_store(var_depth_out, var_0, var_1, var_42, adj_depth_out, adj_0, adj_1, adj_42);
        wp::adj_min(var_29, var_max_dist, adj_29, adj_max_dist, adj_42);
        // adj: depth_out[i, j] = wp.min(t, max_dist)                                             <L 32>
        var_31 = wp::iter_reverse(var_31);
        start_for_0:;
            if (iter_cmp(var_31) == 0) goto end_for_0;
            var_32 = wp::iter_next(var_31);
        	adj_33 = {};
        	adj_34 = {};
        	adj_35 = {};
        	adj_36 = {};
        	adj_37 = {};
        	adj_38 = {};
        	adj_39 = {};
        	adj_40 = {};
        	adj_41 = {};
            // d = sdf_shape(eye + rd * t, 0.5)                                                   <L 28>
            var_33 = wp::mul(var_27, var_29);
            var_34 = wp::add(var_eye, var_33);
            var_36 = sdf_shape_0(var_34, var_35);
            // if d < 1.0e-4 or t > max_dist:                                                     <L 29>
            var_39 = (var_36 < var_38);
            var_37 = var_39;
            if (!var_37) {
                var_40 = (var_29 > var_max_dist);
                var_37 = var_37 || var_40;
            }
            if (var_37) {
                // break                                                                          <L 30>
                goto end_for_0;
            }
            // t += d                                                                             <L 31>
            var_41 = wp::add(var_29, var_36);
            wp::assign(var_29, var_41);
            wp::adj_assign(var_29, var_41, adj_29, adj_41);
            wp::adj_add(var_29, var_36, adj_29, adj_36, adj_41);
            // adj: t += d                                                                        <L 31>
            if (var_37) {
                // adj: break                                                                     <L 30>
            }
            if (!var_37) {
            }
            // adj: if d < 1.0e-4 or t > max_dist:                                                <L 29>
            adj_sdf_shape_0(var_34, var_35, adj_34, adj_35, adj_36);
            wp::adj_add(var_eye, var_33, adj_eye, adj_33, adj_34);
            wp::adj_mul(var_27, var_29, adj_27, adj_29, adj_33);
            // adj: d = sdf_shape(eye + rd * t, 0.5)                                              <L 28>
        	goto start_for_0;
        end_for_0:;
        // adj: for _step in range(128):                                                          <L 27>
        wp::adj_float(var_28, adj_28, adj_29);
        // adj: t = float(0.0)                                                                    <L 26>
        wp::adj_quat_rotate(var_camera_rotation, var_26, adj_camera_rotation, adj_26, adj_27);
        wp::adj_normalize(var_25, var_26, adj_25, adj_26);
        wp::adj_vec_t(var_16, var_23, var_24, adj_16, adj_23, adj_24, adj_25);
        // adj: rd = wp.quat_rotate(camera_rotation, wp.normalize(wp.vec3(sx, sy, -2.0)))         <L 25>
        wp::adj_div(var_21, var_22, var_23, adj_21, adj_22, adj_23);
        wp::adj_float(var_8, adj_8, adj_22);
        wp::adj_sub(var_19, var_20, adj_19, adj_20, adj_21);
        wp::adj_float(var_8, adj_8, adj_20);
        wp::adj_mul(var_17, var_18, adj_17, adj_18, adj_19);
        wp::adj_float(var_1, adj_1, adj_18);
        // adj: sy = (2.0 * float(j) - float(height)) / float(height)                             <L 24>
        wp::adj_div(var_14, var_15, var_16, adj_14, adj_15, adj_16);
        wp::adj_float(var_8, adj_8, adj_15);
        wp::adj_sub(var_12, var_13, adj_12, adj_13, adj_14);
        wp::adj_float(var_4, adj_4, adj_13);
        wp::adj_mul(var_10, var_11, adj_10, adj_11, adj_12);
        wp::adj_float(var_0, adj_0, adj_11);
        // adj: sx = (2.0 * float(i) - float(width)) / float(height)                              <L 23>
        adj_depth_out.shape = adj_6;
        // adj: height = depth_out.shape[1]                                                       <L 20>
        adj_depth_out.shape = adj_2;
        // adj: width = depth_out.shape[0]                                                        <L 19>
        // adj: i, j = wp.tid()                                                                   <L 18>
        // adj: def render_depth(                                                                 <L 12>
        return;
}

