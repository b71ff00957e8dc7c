// Warp 1.19.0 cuda code for project_particles_4bb156aa.py; preceded by preamble_cuda_93b22071978ccd96.cuh

// project_particles.py:4
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


// project_particles.py:4
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



extern "C" __global__ void project_particles_ccacf5cc_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_points,
    wp::array_t<wp::vec_t<3, wp::float32>> var_capsule_a,
    wp::array_t<wp::vec_t<3, wp::float32>> var_segment_ends,
    wp::float32 var_radius,
    wp::array_t<wp::vec_t<3, wp::float32>> var_contact_normals)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
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
        wp::float32 var_13;
        const wp::float32 var_14 = 0.0;
        wp::vec_t<3, wp::float32> var_15;
        bool var_16;
        const wp::float32 var_17 = 0.0;
        bool var_18;
        bool var_19;
        wp::vec_t<3, wp::float32> var_20;
        wp::float32 var_21;
        wp::vec_t<3, wp::float32> var_22;
        wp::vec_t<3, wp::float32> var_23;
        wp::vec_t<3, wp::float32> var_24;
        wp::vec_t<3, wp::float32> var_25;
        //---------
        // forward
        // def project_particles(                                                                 <L 16>
        // tid = wp.tid()                                                                         <L 23>
        var_0 = builtin_tid1d();
        // pos = points[tid]                                                                      <L 24>
        var_1 = wp::address(var_points, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // a = capsule_a[tid]                                                                     <L 25>
        var_4 = wp::address(var_capsule_a, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // b = segment_ends[tid]                                                                  <L 26>
        var_7 = wp::address(var_segment_ends, var_0);
        var_9 = wp::load(var_7);
        var_8 = wp::copy(var_9);
        // p = pos                                                                                <L 27>
        var_10 = wp::copy(var_2);
        // delta = p - closest_point_capsule(pos, a, b, radius)                                   <L 28>
        var_11 = closest_point_capsule_0(var_2, var_5, var_8, var_radius);
        var_12 = wp::sub(var_10, var_11);
        // dist = wp.length(delta)                                                                <L 29>
        var_13 = wp::length(var_12);
        // n = wp.vec3(0.0)                                                                       <L 30>
        var_15 = wp::vec_t<3, wp::float32>(var_14);
        // if dist > 0.0 and dist < radius:                                                       <L 31>
        var_18 = (var_13 > var_17);
        var_16 = var_18;
        if (var_16) {
            var_19 = (var_13 < var_radius);
            var_16 = var_16 && var_19;
        }
        if (var_16) {
            // n = delta / dist                                                                   <L 32>
            var_20 = wp::div(var_12, var_13);
            // p = p + n * (radius - dist)                                                        <L 33>
            var_21 = wp::sub(var_radius, var_13);
            var_22 = wp::mul(var_20, var_21);
            var_23 = wp::add(var_10, var_22);
        }
        var_24 = wp::where(var_16, var_23, var_10);
        var_25 = wp::where(var_16, var_20, var_15);
        // points[tid] = p                                                                        <L 34>
        wp::array_store(var_points, var_0, var_24);
        // contact_normals[tid] = n                                                               <L 35>
        wp::array_store(var_contact_normals, var_0, var_25);
}



extern "C" __global__ void project_particles_ccacf5cc_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_points,
    wp::array_t<wp::vec_t<3, wp::float32>> var_capsule_a,
    wp::array_t<wp::vec_t<3, wp::float32>> var_segment_ends,
    wp::float32 var_radius,
    wp::array_t<wp::vec_t<3, wp::float32>> var_contact_normals,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_points,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_capsule_a,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_segment_ends,
    wp::float32 adj_radius,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_contact_normals)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
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
        wp::float32 var_13;
        const wp::float32 var_14 = 0.0;
        wp::vec_t<3, wp::float32> var_15;
        bool var_16;
        const wp::float32 var_17 = 0.0;
        bool var_18;
        bool var_19;
        wp::vec_t<3, wp::float32> var_20;
        wp::float32 var_21;
        wp::vec_t<3, wp::float32> var_22;
        wp::vec_t<3, wp::float32> var_23;
        wp::vec_t<3, wp::float32> var_24;
        wp::vec_t<3, wp::float32> var_25;
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
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::vec_t<3, wp::float32> adj_15 = {};
        bool adj_16 = {};
        wp::float32 adj_17 = {};
        bool adj_18 = {};
        bool adj_19 = {};
        wp::vec_t<3, wp::float32> adj_20 = {};
        wp::float32 adj_21 = {};
        wp::vec_t<3, wp::float32> adj_22 = {};
        wp::vec_t<3, wp::float32> adj_23 = {};
        wp::vec_t<3, wp::float32> adj_24 = {};
        wp::vec_t<3, wp::float32> adj_25 = {};
        //---------
        // forward
        // def project_particles(                                                                 <L 16>
        // tid = wp.tid()                                                                         <L 23>
        var_0 = builtin_tid1d();
        // pos = points[tid]                                                                      <L 24>
        var_1 = wp::address(var_points, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // a = capsule_a[tid]                                                                     <L 25>
        var_4 = wp::address(var_capsule_a, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // b = segment_ends[tid]                                                                  <L 26>
        var_7 = wp::address(var_segment_ends, var_0);
        var_9 = wp::load(var_7);
        var_8 = wp::copy(var_9);
        // p = pos                                                                                <L 27>
        var_10 = wp::copy(var_2);
        // delta = p - closest_point_capsule(pos, a, b, radius)                                   <L 28>
        var_11 = closest_point_capsule_0(var_2, var_5, var_8, var_radius);
        var_12 = wp::sub(var_10, var_11);
        // dist = wp.length(delta)                                                                <L 29>
        var_13 = wp::length(var_12);
        // n = wp.vec3(0.0)                                                                       <L 30>
        var_15 = wp::vec_t<3, wp::float32>(var_14);
        // if dist > 0.0 and dist < radius:                                                       <L 31>
        var_18 = (var_13 > var_17);
        var_16 = var_18;
        if (var_16) {
            var_19 = (var_13 < var_radius);
            var_16 = var_16 && var_19;
        }
        if (var_16) {
            // n = delta / dist                                                                   <L 32>
            var_20 = wp::div(var_12, var_13);
            // p = p + n * (radius - dist)                                                        <L 33>
            var_21 = wp::sub(var_radius, var_13);
            var_22 = wp::mul(var_20, var_21);
            var_23 = wp::add(var_10, var_22);
        }
        var_24 = wp::where(var_16, var_23, var_10);
        var_25 = wp::where(var_16, var_20, var_15);
        // points[tid] = p                                                                        <L 34>
        // wp::array_store(var_points, var_0, var_24);
        // contact_normals[tid] = n                                                               <L 35>
        // wp::array_store(var_contact_normals, var_0, var_25);
        //---------
        // reverse
        wp::adj_array_store(var_contact_normals, var_0, var_25, adj_contact_normals, adj_0, adj_25);
        // adj: contact_normals[tid] = n                                                          <L 35>
        wp::adj_array_store(var_points, var_0, var_24, adj_points, adj_0, adj_24);
        // adj: points[tid] = p                                                                   <L 34>
        wp::adj_where(var_16, var_20, var_15, adj_16, adj_20, adj_15, adj_25);
        wp::adj_where(var_16, var_23, var_10, adj_16, adj_23, adj_10, adj_24);
        if (var_16) {
            wp::adj_add(var_10, var_22, adj_10, adj_22, adj_23);
            wp::adj_mul(var_20, var_21, adj_20, adj_21, adj_22);
            wp::adj_sub(var_radius, var_13, adj_radius, adj_13, adj_21);
            // adj: p = p + n * (radius - dist)                                                   <L 33>
            wp::adj_div(var_12, var_13, adj_12, adj_13, adj_20);
            // adj: n = delta / dist                                                              <L 32>
        }
        if (var_16) {
        }
        // adj: if dist > 0.0 and dist < radius:                                                  <L 31>
        wp::adj_vec_t(var_14, adj_14, adj_15);
        // adj: n = wp.vec3(0.0)                                                                  <L 30>
        wp::adj_length(var_12, var_13, adj_12, adj_13);
        // adj: dist = wp.length(delta)                                                           <L 29>
        wp::adj_sub(var_10, var_11, adj_10, adj_11, adj_12);
        adj_closest_point_capsule_0(var_2, var_5, var_8, var_radius, adj_2, adj_5, adj_8, adj_radius, adj_11);
        // adj: delta = p - closest_point_capsule(pos, a, b, radius)                              <L 28>
        wp::adj_copy(var_2, adj_2, adj_10);
        // adj: p = pos                                                                           <L 27>
        wp::adj_copy(var_9, adj_7, adj_8);
        wp::adj_address(var_segment_ends, var_0, adj_segment_ends, adj_0, adj_7);
        // adj: b = segment_ends[tid]                                                             <L 26>
        wp::adj_copy(var_6, adj_4, adj_5);
        wp::adj_address(var_capsule_a, var_0, adj_capsule_a, adj_0, adj_4);
        // adj: a = capsule_a[tid]                                                                <L 25>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_points, var_0, adj_points, adj_0, adj_1);
        // adj: pos = points[tid]                                                                 <L 24>
        // adj: tid = wp.tid()                                                                    <L 23>
        // adj: def project_particles(                                                            <L 16>
        return;
}

