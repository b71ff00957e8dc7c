// Warp 1.19.0 cpu code for solve_shape_contact_17f580e1.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h

// solve_shape_contact.py:4
static wp::vec_t<3, wp::float32> capsule_closest_point_0(
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
    // def capsule_closest_point(p: wp.vec3, a: wp.vec3, b: wp.vec3, radius: float):          <L 5>
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


// solve_shape_contact.py:4
static void adj_capsule_closest_point_0(
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
    // def capsule_closest_point(p: wp.vec3, a: wp.vec3, b: wp.vec3, radius: float):          <L 5>
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
    // adj: def capsule_closest_point(p: wp.vec3, a: wp.vec3, b: wp.vec3, radius: float):     <L 5>
    return;
}

struct wp_args_solve_shape_contact_94d14b0b {
    wp::array_t<wp::vec_t<3, wp::float32>> particle_x;
    wp::array_t<wp::vec_t<3, wp::float32>> capsule_b;
    wp::vec_t<3, wp::float32> segment_start;
    wp::float32 radius;
    wp::array_t<wp::vec_t<3, wp::float32>> new_positions;
    wp::array_t<wp::vec_t<3, wp::float32>> contact_normals;
};


template <bool wp_linear_contiguous>
static void solve_shape_contact_94d14b0b_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_solve_shape_contact_94d14b0b *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_x = _wp_args->particle_x;
    wp::array_t<wp::vec_t<3, wp::float32>> var_capsule_b = _wp_args->capsule_b;
    wp::vec_t<3, wp::float32> var_segment_start = _wp_args->segment_start;
    wp::float32 var_radius = _wp_args->radius;
    wp::array_t<wp::vec_t<3, wp::float32>> var_new_positions = _wp_args->new_positions;
    wp::array_t<wp::vec_t<3, wp::float32>> var_contact_normals = _wp_args->contact_normals;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32>* var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::float32 var_10;
    const wp::float32 var_11 = 0.0;
    wp::vec_t<3, wp::float32> var_12;
    bool var_13;
    const wp::float32 var_14 = 0.0;
    bool var_15;
    bool var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::float32 var_18;
    wp::vec_t<3, wp::float32> var_19;
    wp::vec_t<3, wp::float32> var_20;
    wp::vec_t<3, wp::float32> var_21;
    wp::vec_t<3, wp::float32> var_22;
    //---------
    // forward
    // def solve_shape_contact(                                                               <L 16>
    // tid = wp.tid()                                                                         <L 25>
    var_0 = builtin_tid1d();
    // x = particle_x[tid]                                                                    <L 26>
    var_1 = wp::address(var_particle_x, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // b = capsule_b[tid]                                                                     <L 27>
    var_4 = wp::address(var_capsule_b, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // p = x                                                                                  <L 28>
    var_7 = wp::copy(var_2);
    // delta = p - capsule_closest_point(x, segment_start, b, radius)                         <L 29>
    var_8 = capsule_closest_point_0(var_2, var_segment_start, var_5, var_radius);
    var_9 = wp::sub(var_7, var_8);
    // dist = wp.length(delta)                                                                <L 30>
    var_10 = wp::length(var_9);
    // n = wp.vec3(0.0)                                                                       <L 31>
    var_12 = wp::vec_t<3, wp::float32>(var_11);
    // if dist > 0.0 and dist < radius:                                                       <L 32>
    var_15 = (var_10 > var_14);
    var_13 = var_15;
    if (var_13) {
        var_16 = (var_10 < var_radius);
        var_13 = var_13 && var_16;
    }
    if (var_13) {
        // n = delta / dist                                                                   <L 33>
        var_17 = wp::div(var_9, var_10);
        // p = p + n * (radius - dist)                                                        <L 34>
        var_18 = wp::sub(var_radius, var_10);
        var_19 = wp::mul(var_17, var_18);
        var_20 = wp::add(var_7, var_19);
    }
    var_21 = wp::where(var_13, var_20, var_7);
    var_22 = wp::where(var_13, var_17, var_12);
    // new_positions[tid] = p                                                                 <L 35>
    wp::array_store(var_new_positions, var_0, var_21);
    // contact_normals[tid] = n                                                               <L 36>
    wp::array_store(var_contact_normals, var_0, var_22);
}



template <bool wp_linear_contiguous>
static void solve_shape_contact_94d14b0b_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_solve_shape_contact_94d14b0b *_wp_args,
    wp_args_solve_shape_contact_94d14b0b *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_x = _wp_args->particle_x;
    wp::array_t<wp::vec_t<3, wp::float32>> var_capsule_b = _wp_args->capsule_b;
    wp::vec_t<3, wp::float32> var_segment_start = _wp_args->segment_start;
    wp::float32 var_radius = _wp_args->radius;
    wp::array_t<wp::vec_t<3, wp::float32>> var_new_positions = _wp_args->new_positions;
    wp::array_t<wp::vec_t<3, wp::float32>> var_contact_normals = _wp_args->contact_normals;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_x = _wp_adj_args->particle_x;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_capsule_b = _wp_adj_args->capsule_b;
    wp::vec_t<3, wp::float32> adj_segment_start = _wp_adj_args->segment_start;
    wp::float32 adj_radius = _wp_adj_args->radius;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_new_positions = _wp_adj_args->new_positions;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_contact_normals = _wp_adj_args->contact_normals;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32>* var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::float32 var_10;
    const wp::float32 var_11 = 0.0;
    wp::vec_t<3, wp::float32> var_12;
    bool var_13;
    const wp::float32 var_14 = 0.0;
    bool var_15;
    bool var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::float32 var_18;
    wp::vec_t<3, wp::float32> var_19;
    wp::vec_t<3, wp::float32> var_20;
    wp::vec_t<3, wp::float32> var_21;
    wp::vec_t<3, wp::float32> var_22;
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
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::vec_t<3, wp::float32> adj_12 = {};
    bool adj_13 = {};
    wp::float32 adj_14 = {};
    bool adj_15 = {};
    bool adj_16 = {};
    wp::vec_t<3, wp::float32> adj_17 = {};
    wp::float32 adj_18 = {};
    wp::vec_t<3, wp::float32> adj_19 = {};
    wp::vec_t<3, wp::float32> adj_20 = {};
    wp::vec_t<3, wp::float32> adj_21 = {};
    wp::vec_t<3, wp::float32> adj_22 = {};
    //---------
    // forward
    // def solve_shape_contact(                                                               <L 16>
    // tid = wp.tid()                                                                         <L 25>
    var_0 = builtin_tid1d();
    // x = particle_x[tid]                                                                    <L 26>
    var_1 = wp::address(var_particle_x, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // b = capsule_b[tid]                                                                     <L 27>
    var_4 = wp::address(var_capsule_b, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // p = x                                                                                  <L 28>
    var_7 = wp::copy(var_2);
    // delta = p - capsule_closest_point(x, segment_start, b, radius)                         <L 29>
    var_8 = capsule_closest_point_0(var_2, var_segment_start, var_5, var_radius);
    var_9 = wp::sub(var_7, var_8);
    // dist = wp.length(delta)                                                                <L 30>
    var_10 = wp::length(var_9);
    // n = wp.vec3(0.0)                                                                       <L 31>
    var_12 = wp::vec_t<3, wp::float32>(var_11);
    // if dist > 0.0 and dist < radius:                                                       <L 32>
    var_15 = (var_10 > var_14);
    var_13 = var_15;
    if (var_13) {
        var_16 = (var_10 < var_radius);
        var_13 = var_13 && var_16;
    }
    if (var_13) {
        // n = delta / dist                                                                   <L 33>
        var_17 = wp::div(var_9, var_10);
        // p = p + n * (radius - dist)                                                        <L 34>
        var_18 = wp::sub(var_radius, var_10);
        var_19 = wp::mul(var_17, var_18);
        var_20 = wp::add(var_7, var_19);
    }
    var_21 = wp::where(var_13, var_20, var_7);
    var_22 = wp::where(var_13, var_17, var_12);
    // new_positions[tid] = p                                                                 <L 35>
    // wp::array_store(var_new_positions, var_0, var_21);
    // contact_normals[tid] = n                                                               <L 36>
    // wp::array_store(var_contact_normals, var_0, var_22);
    //---------
    // reverse
    wp::adj_array_store(var_contact_normals, var_0, var_22, adj_contact_normals, adj_0, adj_22);
    // adj: contact_normals[tid] = n                                                          <L 36>
    wp::adj_array_store(var_new_positions, var_0, var_21, adj_new_positions, adj_0, adj_21);
    // adj: new_positions[tid] = p                                                            <L 35>
    wp::adj_where(var_13, var_17, var_12, adj_13, adj_17, adj_12, adj_22);
    wp::adj_where(var_13, var_20, var_7, adj_13, adj_20, adj_7, adj_21);
    if (var_13) {
        wp::adj_add(var_7, var_19, adj_7, adj_19, adj_20);
        wp::adj_mul(var_17, var_18, adj_17, adj_18, adj_19);
        wp::adj_sub(var_radius, var_10, adj_radius, adj_10, adj_18);
        // adj: p = p + n * (radius - dist)                                                   <L 34>
        wp::adj_div(var_9, var_10, adj_9, adj_10, adj_17);
        // adj: n = delta / dist                                                              <L 33>
    }
    if (var_13) {
    }
    // adj: if dist > 0.0 and dist < radius:                                                  <L 32>
    wp::adj_vec_t(var_11, adj_11, adj_12);
    // adj: n = wp.vec3(0.0)                                                                  <L 31>
    wp::adj_length(var_9, var_10, adj_9, adj_10);
    // adj: dist = wp.length(delta)                                                           <L 30>
    wp::adj_sub(var_7, var_8, adj_7, adj_8, adj_9);
    adj_capsule_closest_point_0(var_2, var_segment_start, var_5, var_radius, adj_2, adj_segment_start, adj_5, adj_radius, adj_8);
    // adj: delta = p - capsule_closest_point(x, segment_start, b, radius)                    <L 29>
    wp::adj_copy(var_2, adj_2, adj_7);
    // adj: p = x                                                                             <L 28>
    wp::adj_copy(var_6, adj_4, adj_5);
    wp::adj_address(var_capsule_b, var_0, adj_capsule_b, adj_0, adj_4);
    // adj: b = capsule_b[tid]                                                                <L 27>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_particle_x, var_0, adj_particle_x, adj_0, adj_1);
    // adj: x = particle_x[tid]                                                               <L 26>
    // adj: tid = wp.tid()                                                                    <L 25>
    // adj: def solve_shape_contact(                                                          <L 16>
    return;
}



struct solve_shape_contact_94d14b0b_cpu_block_payload_forward
{
    wp_args_solve_shape_contact_94d14b0b* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void solve_shape_contact_94d14b0b_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    solve_shape_contact_94d14b0b_cpu_block_payload_forward* payload = (solve_shape_contact_94d14b0b_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    solve_shape_contact_94d14b0b_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void solve_shape_contact_94d14b0b_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_solve_shape_contact_94d14b0b *_wp_args)
{
    constexpr size_t block_dim = (size_t)WP_TILE_BLOCK_DIM;
    const size_t total = dim->size;
    size_t block_first = 0;
    size_t block_id = 0;

    while (block_first < total)
    {
        const size_t remaining = total - block_first;
        const int active_count = (int)(remaining < block_dim ? remaining : block_dim);
        wp::tile_shared_storage_t tile_mem;
        solve_shape_contact_94d14b0b_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &solve_shape_contact_94d14b0b_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct solve_shape_contact_94d14b0b_cpu_block_payload_backward
{
    wp_args_solve_shape_contact_94d14b0b* args;
    wp_args_solve_shape_contact_94d14b0b* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void solve_shape_contact_94d14b0b_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    solve_shape_contact_94d14b0b_cpu_block_payload_backward* payload = (solve_shape_contact_94d14b0b_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    solve_shape_contact_94d14b0b_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void solve_shape_contact_94d14b0b_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_solve_shape_contact_94d14b0b *_wp_args,
    wp_args_solve_shape_contact_94d14b0b *_wp_adj_args)
{
    constexpr size_t block_dim = (size_t)WP_TILE_BLOCK_DIM;
    const size_t total = dim->size;
    size_t block_first = 0;
    size_t block_id = 0;

    while (block_first < total)
    {
        const size_t remaining = total - block_first;
        const int active_count = (int)(remaining < block_dim ? remaining : block_dim);
        wp::tile_shared_storage_t tile_mem;
        solve_shape_contact_94d14b0b_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &solve_shape_contact_94d14b0b_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

