// Warp 1.19.0 cpu code for detect_overlap_bdb0efed.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h

// detect_overlap.py:4
static wp::float32 capsule_sdf_0(
    wp::vec_t<3, wp::float32> var_p,
    wp::float32 var_radius,
    wp::float32 var_half_height)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.0;
    const wp::int32 var_1 = 1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    const wp::float32 var_5 = 0.0;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    //---------
    // forward
    // def capsule_sdf(p: wp.vec3, radius: float, half_height: float):                        <L 5>
    // axis_point = wp.vec3(0.0, wp.clamp(p[1], -half_height, half_height), 0.0)              <L 7>
    var_2 = wp::extract(var_p, var_1);
    var_3 = wp::neg(var_half_height);
    var_4 = wp::clamp(var_2, var_3, var_half_height);
    var_6 = wp::vec_t<3, wp::float32>(var_0, var_4, var_5);
    // return wp.length(p - axis_point) - radius                                              <L 8>
    var_7 = wp::sub(var_p, var_6);
    var_8 = wp::length(var_7);
    var_9 = wp::sub(var_8, var_radius);
    return var_9;
}


// detect_overlap.py:4
static void adj_capsule_sdf_0(
    wp::vec_t<3, wp::float32> var_p,
    wp::float32 var_radius,
    wp::float32 var_half_height,
    wp::vec_t<3, wp::float32> & adj_p,
    wp::float32 & adj_radius,
    wp::float32 & adj_half_height,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.0;
    const wp::int32 var_1 = 1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    const wp::float32 var_5 = 0.0;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    //---------
    // forward
    // def capsule_sdf(p: wp.vec3, radius: float, half_height: float):                        <L 5>
    // axis_point = wp.vec3(0.0, wp.clamp(p[1], -half_height, half_height), 0.0)              <L 7>
    var_2 = wp::extract(var_p, var_1);
    var_3 = wp::neg(var_half_height);
    var_4 = wp::clamp(var_2, var_3, var_half_height);
    var_6 = wp::vec_t<3, wp::float32>(var_0, var_4, var_5);
    // return wp.length(p - axis_point) - radius                                              <L 8>
    var_7 = wp::sub(var_p, var_6);
    var_8 = wp::length(var_7);
    var_9 = wp::sub(var_8, var_radius);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_9 += adj_ret;
    wp::adj_sub(var_8, var_radius, adj_8, adj_radius, adj_9);
    wp::adj_length(var_7, var_8, adj_7, adj_8);
    wp::adj_sub(var_p, var_6, adj_p, adj_6, adj_7);
    // adj: return wp.length(p - axis_point) - radius                                         <L 8>
    wp::adj_vec_t(var_0, var_4, var_5, adj_0, adj_4, adj_5, adj_6);
    wp::adj_clamp(var_2, var_3, var_half_height, adj_2, adj_3, adj_half_height, adj_4);
    wp::adj_neg(var_half_height, adj_half_height, adj_3);
    wp::adj_extract(var_p, var_1, adj_p, adj_1, adj_2);
    // adj: axis_point = wp.vec3(0.0, wp.clamp(p[1], -half_height, half_height), 0.0)         <L 7>
    // adj: def capsule_sdf(p: wp.vec3, radius: float, half_height: float):                   <L 5>
    return;
}

struct wp_args_detect_overlap_c137a86b {
    wp::array_t<wp::vec_t<3, wp::float32>> local_points;
    wp::array_t<wp::float32> half_heights;
    wp::float32 radius;
    wp::float32 margin;
    wp::array_t<wp::float32> depths;
    wp::array_t<wp::int32> contact_count;
};


template <bool wp_linear_contiguous>
static void detect_overlap_c137a86b_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_detect_overlap_c137a86b *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_local_points = _wp_args->local_points;
    wp::array_t<wp::float32> var_half_heights = _wp_args->half_heights;
    wp::float32 var_radius = _wp_args->radius;
    wp::float32 var_margin = _wp_args->margin;
    wp::array_t<wp::float32> var_depths = _wp_args->depths;
    wp::array_t<wp::int32> var_contact_count = _wp_args->contact_count;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::float32* var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    const wp::float32 var_9 = 0.0;
    bool var_10;
    const wp::int32 var_11 = 0;
    const wp::int32 var_12 = 1;
    wp::int32 var_13;
    const wp::float32 var_14 = 0.0;
    wp::float32 var_15;
    //---------
    // forward
    // def detect_overlap(                                                                    <L 12>
    // tid = wp.tid()                                                                         <L 20>
    var_0 = builtin_tid1d();
    // x_local = local_points[tid]                                                            <L 21>
    var_1 = wp::address(var_local_points, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // half_height = half_heights[tid]                                                        <L 22>
    var_4 = wp::address(var_half_heights, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // depth = margin - capsule_sdf(x_local, radius, half_height)                             <L 23>
    var_7 = capsule_sdf_0(var_2, var_radius, var_5);
    var_8 = wp::sub(var_margin, var_7);
    // if depth > 0.0:                                                                        <L 24>
    var_10 = (var_8 > var_9);
    if (var_10) {
        // wp.atomic_add(contact_count, 0, 1)                                                 <L 25>
        var_13 = wp::atomic_add(var_contact_count, var_11, var_12);
    }
    if (!var_10) {
        // depth = 0.0                                                                        <L 27>
    }
    var_15 = wp::where(var_10, var_8, var_14);
    // depths[tid] = depth                                                                    <L 28>
    wp::array_store(var_depths, var_0, var_15);
}



template <bool wp_linear_contiguous>
static void detect_overlap_c137a86b_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_detect_overlap_c137a86b *_wp_args,
    wp_args_detect_overlap_c137a86b *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_local_points = _wp_args->local_points;
    wp::array_t<wp::float32> var_half_heights = _wp_args->half_heights;
    wp::float32 var_radius = _wp_args->radius;
    wp::float32 var_margin = _wp_args->margin;
    wp::array_t<wp::float32> var_depths = _wp_args->depths;
    wp::array_t<wp::int32> var_contact_count = _wp_args->contact_count;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_local_points = _wp_adj_args->local_points;
    wp::array_t<wp::float32> adj_half_heights = _wp_adj_args->half_heights;
    wp::float32 adj_radius = _wp_adj_args->radius;
    wp::float32 adj_margin = _wp_adj_args->margin;
    wp::array_t<wp::float32> adj_depths = _wp_adj_args->depths;
    wp::array_t<wp::int32> adj_contact_count = _wp_adj_args->contact_count;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::float32* var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    const wp::float32 var_9 = 0.0;
    bool var_10;
    const wp::int32 var_11 = 0;
    const wp::int32 var_12 = 1;
    wp::int32 var_13;
    const wp::float32 var_14 = 0.0;
    wp::float32 var_15;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    bool adj_10 = {};
    wp::int32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    //---------
    // forward
    // def detect_overlap(                                                                    <L 12>
    // tid = wp.tid()                                                                         <L 20>
    var_0 = builtin_tid1d();
    // x_local = local_points[tid]                                                            <L 21>
    var_1 = wp::address(var_local_points, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // half_height = half_heights[tid]                                                        <L 22>
    var_4 = wp::address(var_half_heights, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // depth = margin - capsule_sdf(x_local, radius, half_height)                             <L 23>
    var_7 = capsule_sdf_0(var_2, var_radius, var_5);
    var_8 = wp::sub(var_margin, var_7);
    // if depth > 0.0:                                                                        <L 24>
    var_10 = (var_8 > var_9);
    if (var_10) {
        // wp.atomic_add(contact_count, 0, 1)                                                 <L 25>
        // var_13 = wp::atomic_add(var_contact_count, var_11, var_12);
    }
    if (!var_10) {
        // depth = 0.0                                                                        <L 27>
    }
    var_15 = wp::where(var_10, var_8, var_14);
    // depths[tid] = depth                                                                    <L 28>
    // wp::array_store(var_depths, var_0, var_15);
    //---------
    // reverse
    wp::adj_array_store(var_depths, var_0, var_15, adj_depths, adj_0, adj_15);
    // adj: depths[tid] = depth                                                               <L 28>
    wp::adj_where(var_10, var_8, var_14, adj_10, adj_8, adj_14, adj_15);
    if (!var_10) {
        // adj: depth = 0.0                                                                   <L 27>
    }
    if (var_10) {
        wp::adj_atomic_add(var_contact_count, var_11, var_12, adj_contact_count, adj_11, adj_12, adj_13);
        // adj: wp.atomic_add(contact_count, 0, 1)                                            <L 25>
    }
    // adj: if depth > 0.0:                                                                   <L 24>
    wp::adj_sub(var_margin, var_7, adj_margin, adj_7, adj_8);
    adj_capsule_sdf_0(var_2, var_radius, var_5, adj_2, adj_radius, adj_5, adj_7);
    // adj: depth = margin - capsule_sdf(x_local, radius, half_height)                        <L 23>
    wp::adj_copy(var_6, adj_4, adj_5);
    wp::adj_address(var_half_heights, var_0, adj_half_heights, adj_0, adj_4);
    // adj: half_height = half_heights[tid]                                                   <L 22>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_local_points, var_0, adj_local_points, adj_0, adj_1);
    // adj: x_local = local_points[tid]                                                       <L 21>
    // adj: tid = wp.tid()                                                                    <L 20>
    // adj: def detect_overlap(                                                               <L 12>
    return;
}



struct detect_overlap_c137a86b_cpu_block_payload_forward
{
    wp_args_detect_overlap_c137a86b* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void detect_overlap_c137a86b_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    detect_overlap_c137a86b_cpu_block_payload_forward* payload = (detect_overlap_c137a86b_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    detect_overlap_c137a86b_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void detect_overlap_c137a86b_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_detect_overlap_c137a86b *_wp_args)
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
        detect_overlap_c137a86b_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &detect_overlap_c137a86b_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct detect_overlap_c137a86b_cpu_block_payload_backward
{
    wp_args_detect_overlap_c137a86b* args;
    wp_args_detect_overlap_c137a86b* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void detect_overlap_c137a86b_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    detect_overlap_c137a86b_cpu_block_payload_backward* payload = (detect_overlap_c137a86b_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    detect_overlap_c137a86b_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void detect_overlap_c137a86b_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_detect_overlap_c137a86b *_wp_args,
    wp_args_detect_overlap_c137a86b *_wp_adj_args)
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
        detect_overlap_c137a86b_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &detect_overlap_c137a86b_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

