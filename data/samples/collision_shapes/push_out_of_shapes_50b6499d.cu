// Warp 1.19.0 cuda code for push_out_of_shapes_50b6499d.py; preceded by preamble_cuda_93b22071978ccd96.cuh

// push_out_of_shapes.py:4
static CUDA_CALLABLE wp::vec_t<3, wp::float32> closest_point_capsule_0(
    wp::vec_t<3, wp::float32> var_p,
    wp::vec_t<3, wp::float32> var_a,
    wp::vec_t<3, wp::float32> var_b,
    wp::float32 var_radius)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::float32 var_1;
    const wp::float32 var_2 = 0.0;
    wp::float32 var_3;
    const wp::float32 var_4 = 1e-12;
    bool var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    const wp::float32 var_9 = 0.0;
    const wp::float32 var_10 = 1.0;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::vec_t<3, wp::float32> var_18;
    //---------
    // forward
    // def closest_point_capsule(p: wp.vec3, a: wp.vec3, b: wp.vec3, radius: float):          <L 5>
    // ab = b - a                                                                             <L 6>
    var_0 = wp::sub(var_b, var_a);
    // denom = wp.dot(ab, ab)                                                                 <L 7>
    var_1 = wp::dot(var_0, var_0);
    // t = float(0.0)                                                                         <L 8>
    var_3 = wp::float(var_2);
    // if denom > 1.0e-12:                                                                    <L 9>
    var_5 = (var_1 > var_4);
    if (var_5) {
        // t = wp.clamp(wp.dot(p - a, ab) / denom, 0.0, 1.0)                                  <L 10>
        var_6 = wp::sub(var_p, var_a);
        var_7 = wp::dot(var_6, var_0);
        var_8 = wp::div(var_7, var_1);
        var_11 = wp::clamp(var_8, var_9, var_10);
    }
    var_12 = wp::where(var_5, var_11, var_3);
    // axis_point = a + ab * t                                                                <L 11>
    var_13 = wp::mul(var_0, var_12);
    var_14 = wp::add(var_a, var_13);
    // return axis_point + wp.normalize(p - axis_point) * radius                              <L 12>
    var_15 = wp::sub(var_p, var_14);
    var_16 = wp::normalize(var_15);
    var_17 = wp::mul(var_16, var_radius);
    var_18 = wp::add(var_14, var_17);
    return var_18;
}


// push_out_of_shapes.py:4
static CUDA_CALLABLE void adj_closest_point_capsule_0(
    wp::vec_t<3, wp::float32> var_p,
    wp::vec_t<3, wp::float32> var_a,
    wp::vec_t<3, wp::float32> var_b,
    wp::float32 var_radius,
    wp::vec_t<3, wp::float32> & adj_p,
    wp::vec_t<3, wp::float32> & adj_a,
    wp::vec_t<3, wp::float32> & adj_b,
    wp::float32 & adj_radius,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::float32 var_1;
    const wp::float32 var_2 = 0.0;
    wp::float32 var_3;
    const wp::float32 var_4 = 1e-12;
    bool var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    const wp::float32 var_9 = 0.0;
    const wp::float32 var_10 = 1.0;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::vec_t<3, wp::float32> var_18;
    //---------
    // dual vars
    wp::vec_t<3, wp::float32> adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    bool adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    wp::vec_t<3, wp::float32> adj_14 = {};
    wp::vec_t<3, wp::float32> adj_15 = {};
    wp::vec_t<3, wp::float32> adj_16 = {};
    wp::vec_t<3, wp::float32> adj_17 = {};
    wp::vec_t<3, wp::float32> adj_18 = {};
    //---------
    // forward
    // def closest_point_capsule(p: wp.vec3, a: wp.vec3, b: wp.vec3, radius: float):          <L 5>
    // ab = b - a                                                                             <L 6>
    var_0 = wp::sub(var_b, var_a);
    // denom = wp.dot(ab, ab)                                                                 <L 7>
    var_1 = wp::dot(var_0, var_0);
    // t = float(0.0)                                                                         <L 8>
    var_3 = wp::float(var_2);
    // if denom > 1.0e-12:                                                                    <L 9>
    var_5 = (var_1 > var_4);
    if (var_5) {
        // t = wp.clamp(wp.dot(p - a, ab) / denom, 0.0, 1.0)                                  <L 10>
        var_6 = wp::sub(var_p, var_a);
        var_7 = wp::dot(var_6, var_0);
        var_8 = wp::div(var_7, var_1);
        var_11 = wp::clamp(var_8, var_9, var_10);
    }
    var_12 = wp::where(var_5, var_11, var_3);
    // axis_point = a + ab * t                                                                <L 11>
    var_13 = wp::mul(var_0, var_12);
    var_14 = wp::add(var_a, var_13);
    // return axis_point + wp.normalize(p - axis_point) * radius                              <L 12>
    var_15 = wp::sub(var_p, var_14);
    var_16 = wp::normalize(var_15);
    var_17 = wp::mul(var_16, var_radius);
    var_18 = wp::add(var_14, var_17);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_18 += adj_ret;
    wp::adj_add(var_14, var_17, adj_14, adj_17, adj_18);
    wp::adj_mul(var_16, var_radius, adj_16, adj_radius, adj_17);
    wp::adj_normalize(var_15, var_16, adj_15, adj_16);
    wp::adj_sub(var_p, var_14, adj_p, adj_14, adj_15);
    // adj: return axis_point + wp.normalize(p - axis_point) * radius                         <L 12>
    wp::adj_add(var_a, var_13, adj_a, adj_13, adj_14);
    wp::adj_mul(var_0, var_12, adj_0, adj_12, adj_13);
    // adj: axis_point = a + ab * t                                                           <L 11>
    wp::adj_where(var_5, var_11, var_3, adj_5, adj_11, adj_3, adj_12);
    if (var_5) {
        wp::adj_clamp(var_8, var_9, var_10, adj_8, adj_9, adj_10, adj_11);
        wp::adj_div(var_7, var_1, var_8, adj_7, adj_1, adj_8);
        wp::adj_dot(var_6, var_0, adj_6, adj_0, adj_7);
        wp::adj_sub(var_p, var_a, adj_p, adj_a, adj_6);
        // adj: t = wp.clamp(wp.dot(p - a, ab) / denom, 0.0, 1.0)                             <L 10>
    }
    // adj: if denom > 1.0e-12:                                                               <L 9>
    wp::adj_float(var_2, adj_2, adj_3);
    // adj: t = float(0.0)                                                                    <L 8>
    wp::adj_dot(var_0, var_0, adj_0, adj_0, adj_1);
    // adj: denom = wp.dot(ab, ab)                                                            <L 7>
    wp::adj_sub(var_b, var_a, adj_b, adj_a, adj_0);
    // adj: ab = b - a                                                                        <L 6>
    // adj: def closest_point_capsule(p: wp.vec3, a: wp.vec3, b: wp.vec3, radius: float):     <L 5>
    return;
}



extern "C" __global__ void push_out_of_shapes_4b6ed703_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocities,
    wp::array_t<wp::vec_t<3, wp::float32>> var_segment_starts,
    wp::array_t<wp::vec_t<3, wp::float32>> var_segment_ends,
    wp::float32 var_delta_time,
    wp::float32 var_smoothing_length,
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions,
    wp::array_t<wp::vec_t<3, wp::float32>> var_normals_out)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::vec_t<3, wp::float32>* var_1;
        wp::vec_t<3, wp::float32> var_2;
        wp::vec_t<3, wp::float32> var_3;
        wp::vec_t<3, wp::float32>* var_4;
        wp::vec_t<3, wp::float32> var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32>* var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::vec_t<3, wp::float32> var_9;
        wp::vec_t<3, wp::float32> var_10;
        wp::vec_t<3, wp::float32> var_11;
        wp::vec_t<3, wp::float32> var_12;
        wp::vec_t<3, wp::float32>* var_13;
        wp::vec_t<3, wp::float32> var_14;
        wp::vec_t<3, wp::float32> var_15;
        wp::vec_t<3, wp::float32> var_16;
        wp::float32 var_17;
        const wp::float32 var_18 = 0.0;
        wp::vec_t<3, wp::float32> var_19;
        bool var_20;
        const wp::float32 var_21 = 0.0;
        bool var_22;
        bool var_23;
        wp::vec_t<3, wp::float32> var_24;
        wp::float32 var_25;
        wp::vec_t<3, wp::float32> var_26;
        wp::vec_t<3, wp::float32> var_27;
        wp::vec_t<3, wp::float32> var_28;
        wp::vec_t<3, wp::float32> var_29;
        //---------
        // forward
        // def push_out_of_shapes(                                                                <L 16>
        // tid = wp.tid()                                                                         <L 25>
        var_0 = builtin_tid1d();
        // x = positions[tid]                                                                     <L 26>
        var_1 = wp::address(var_positions, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // v = velocities[tid]                                                                    <L 27>
        var_4 = wp::address(var_velocities, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // a = segment_starts[tid]                                                                <L 28>
        var_7 = wp::address(var_segment_starts, var_0);
        var_9 = wp::load(var_7);
        var_8 = wp::copy(var_9);
        // p = x                                                                                  <L 29>
        var_10 = wp::copy(var_2);
        // delta = p - closest_point_capsule(x + v * delta_time, a, segment_ends[tid], smoothing_length)       <L 30>
        var_11 = wp::mul(var_5, var_delta_time);
        var_12 = wp::add(var_2, var_11);
        var_13 = wp::address(var_segment_ends, var_0);
        var_15 = wp::load(var_13);
        var_14 = closest_point_capsule_0(var_12, var_8, var_15, var_smoothing_length);
        var_16 = wp::sub(var_10, var_14);
        // dist = wp.length(delta)                                                                <L 31>
        var_17 = wp::length(var_16);
        // n = wp.vec3(0.0)                                                                       <L 32>
        var_19 = wp::vec_t<3, wp::float32>(var_18);
        // if dist > 0.0 and dist < smoothing_length:                                             <L 33>
        var_22 = (var_17 > var_21);
        var_20 = var_22;
        if (var_20) {
            var_23 = (var_17 < var_smoothing_length);
            var_20 = var_20 && var_23;
        }
        if (var_20) {
            // n = delta / dist                                                                   <L 34>
            var_24 = wp::div(var_16, var_17);
            // p = p + n * (smoothing_length - dist)                                              <L 35>
            var_25 = wp::sub(var_smoothing_length, var_17);
            var_26 = wp::mul(var_24, var_25);
            var_27 = wp::add(var_10, var_26);
        }
        var_28 = wp::where(var_20, var_27, var_10);
        var_29 = wp::where(var_20, var_24, var_19);
        // positions[tid] = p                                                                     <L 36>
        wp::array_store(var_positions, var_0, var_28);
        // normals_out[tid] = n                                                                   <L 37>
        wp::array_store(var_normals_out, var_0, var_29);
    }
}



extern "C" __global__ void push_out_of_shapes_4b6ed703_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocities,
    wp::array_t<wp::vec_t<3, wp::float32>> var_segment_starts,
    wp::array_t<wp::vec_t<3, wp::float32>> var_segment_ends,
    wp::float32 var_delta_time,
    wp::float32 var_smoothing_length,
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions,
    wp::array_t<wp::vec_t<3, wp::float32>> var_normals_out,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_velocities,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_segment_starts,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_segment_ends,
    wp::float32 adj_delta_time,
    wp::float32 adj_smoothing_length,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_positions,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_normals_out)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::vec_t<3, wp::float32>* var_1;
        wp::vec_t<3, wp::float32> var_2;
        wp::vec_t<3, wp::float32> var_3;
        wp::vec_t<3, wp::float32>* var_4;
        wp::vec_t<3, wp::float32> var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32>* var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::vec_t<3, wp::float32> var_9;
        wp::vec_t<3, wp::float32> var_10;
        wp::vec_t<3, wp::float32> var_11;
        wp::vec_t<3, wp::float32> var_12;
        wp::vec_t<3, wp::float32>* var_13;
        wp::vec_t<3, wp::float32> var_14;
        wp::vec_t<3, wp::float32> var_15;
        wp::vec_t<3, wp::float32> var_16;
        wp::float32 var_17;
        const wp::float32 var_18 = 0.0;
        wp::vec_t<3, wp::float32> var_19;
        bool var_20;
        const wp::float32 var_21 = 0.0;
        bool var_22;
        bool var_23;
        wp::vec_t<3, wp::float32> var_24;
        wp::float32 var_25;
        wp::vec_t<3, wp::float32> var_26;
        wp::vec_t<3, wp::float32> var_27;
        wp::vec_t<3, wp::float32> var_28;
        wp::vec_t<3, wp::float32> var_29;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float32> adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::vec_t<3, wp::float32> adj_4 = {};
        wp::vec_t<3, wp::float32> adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::vec_t<3, wp::float32> adj_7 = {};
        wp::vec_t<3, wp::float32> adj_8 = {};
        wp::vec_t<3, wp::float32> adj_9 = {};
        wp::vec_t<3, wp::float32> adj_10 = {};
        wp::vec_t<3, wp::float32> adj_11 = {};
        wp::vec_t<3, wp::float32> adj_12 = {};
        wp::vec_t<3, wp::float32> adj_13 = {};
        wp::vec_t<3, wp::float32> adj_14 = {};
        wp::vec_t<3, wp::float32> adj_15 = {};
        wp::vec_t<3, wp::float32> adj_16 = {};
        wp::float32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::vec_t<3, wp::float32> adj_19 = {};
        bool adj_20 = {};
        wp::float32 adj_21 = {};
        bool adj_22 = {};
        bool adj_23 = {};
        wp::vec_t<3, wp::float32> adj_24 = {};
        wp::float32 adj_25 = {};
        wp::vec_t<3, wp::float32> adj_26 = {};
        wp::vec_t<3, wp::float32> adj_27 = {};
        wp::vec_t<3, wp::float32> adj_28 = {};
        wp::vec_t<3, wp::float32> adj_29 = {};
        //---------
        // forward
        // def push_out_of_shapes(                                                                <L 16>
        // tid = wp.tid()                                                                         <L 25>
        var_0 = builtin_tid1d();
        // x = positions[tid]                                                                     <L 26>
        var_1 = wp::address(var_positions, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // v = velocities[tid]                                                                    <L 27>
        var_4 = wp::address(var_velocities, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // a = segment_starts[tid]                                                                <L 28>
        var_7 = wp::address(var_segment_starts, var_0);
        var_9 = wp::load(var_7);
        var_8 = wp::copy(var_9);
        // p = x                                                                                  <L 29>
        var_10 = wp::copy(var_2);
        // delta = p - closest_point_capsule(x + v * delta_time, a, segment_ends[tid], smoothing_length)       <L 30>
        var_11 = wp::mul(var_5, var_delta_time);
        var_12 = wp::add(var_2, var_11);
        var_13 = wp::address(var_segment_ends, var_0);
        var_15 = wp::load(var_13);
        var_14 = closest_point_capsule_0(var_12, var_8, var_15, var_smoothing_length);
        var_16 = wp::sub(var_10, var_14);
        // dist = wp.length(delta)                                                                <L 31>
        var_17 = wp::length(var_16);
        // n = wp.vec3(0.0)                                                                       <L 32>
        var_19 = wp::vec_t<3, wp::float32>(var_18);
        // if dist > 0.0 and dist < smoothing_length:                                             <L 33>
        var_22 = (var_17 > var_21);
        var_20 = var_22;
        if (var_20) {
            var_23 = (var_17 < var_smoothing_length);
            var_20 = var_20 && var_23;
        }
        if (var_20) {
            // n = delta / dist                                                                   <L 34>
            var_24 = wp::div(var_16, var_17);
            // p = p + n * (smoothing_length - dist)                                              <L 35>
            var_25 = wp::sub(var_smoothing_length, var_17);
            var_26 = wp::mul(var_24, var_25);
            var_27 = wp::add(var_10, var_26);
        }
        var_28 = wp::where(var_20, var_27, var_10);
        var_29 = wp::where(var_20, var_24, var_19);
        // positions[tid] = p                                                                     <L 36>
        // wp::array_store(var_positions, var_0, var_28);
        // normals_out[tid] = n                                                                   <L 37>
        // wp::array_store(var_normals_out, var_0, var_29);
        //---------
        // reverse
        wp::adj_array_store(var_normals_out, var_0, var_29, adj_normals_out, adj_0, adj_29);
        // adj: normals_out[tid] = n                                                              <L 37>
        wp::adj_array_store(var_positions, var_0, var_28, adj_positions, adj_0, adj_28);
        // adj: positions[tid] = p                                                                <L 36>
        wp::adj_where(var_20, var_24, var_19, adj_20, adj_24, adj_19, adj_29);
        wp::adj_where(var_20, var_27, var_10, adj_20, adj_27, adj_10, adj_28);
        if (var_20) {
            wp::adj_add(var_10, var_26, adj_10, adj_26, adj_27);
            wp::adj_mul(var_24, var_25, adj_24, adj_25, adj_26);
            wp::adj_sub(var_smoothing_length, var_17, adj_smoothing_length, adj_17, adj_25);
            // adj: p = p + n * (smoothing_length - dist)                                         <L 35>
            wp::adj_div(var_16, var_17, adj_16, adj_17, adj_24);
            // adj: n = delta / dist                                                              <L 34>
        }
        if (var_20) {
        }
        // adj: if dist > 0.0 and dist < smoothing_length:                                        <L 33>
        wp::adj_vec_t(var_18, adj_18, adj_19);
        // adj: n = wp.vec3(0.0)                                                                  <L 32>
        wp::adj_length(var_16, var_17, adj_16, adj_17);
        // adj: dist = wp.length(delta)                                                           <L 31>
        wp::adj_sub(var_10, var_14, adj_10, adj_14, adj_16);
        adj_closest_point_capsule_0(var_12, var_8, var_15, var_smoothing_length, adj_12, adj_8, adj_13, adj_smoothing_length, adj_14);
        wp::adj_address(var_segment_ends, var_0, adj_segment_ends, adj_0, adj_13);
        wp::adj_add(var_2, var_11, adj_2, adj_11, adj_12);
        wp::adj_mul(var_5, var_delta_time, adj_5, adj_delta_time, adj_11);
        // adj: delta = p - closest_point_capsule(x + v * delta_time, a, segment_ends[tid], smoothing_length)  <L 30>
        wp::adj_copy(var_2, adj_2, adj_10);
        // adj: p = x                                                                             <L 29>
        wp::adj_copy(var_9, adj_7, adj_8);
        wp::adj_address(var_segment_starts, var_0, adj_segment_starts, adj_0, adj_7);
        // adj: a = segment_starts[tid]                                                           <L 28>
        wp::adj_copy(var_6, adj_4, adj_5);
        wp::adj_address(var_velocities, var_0, adj_velocities, adj_0, adj_4);
        // adj: v = velocities[tid]                                                               <L 27>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_positions, var_0, adj_positions, adj_0, adj_1);
        // adj: x = positions[tid]                                                                <L 26>
        // adj: tid = wp.tid()                                                                    <L 25>
        // adj: def push_out_of_shapes(                                                           <L 16>
        continue;
    }
}

